import { parse, type CsvError, type Options } from 'csv-parse/sync';

/** The fields of one line, or why the line is not one CSV row. */
export type LineFields = { fields: string[] } | { error: string };

/**
 * One row per line: the record delimiter is `\n` only (a lone `\r` is text), and quotes are relaxed
 * so that a stray quote inside a value (`7,"8"9`) is read as text.
 */
const options: Options = {
	bom: false,
	record_delimiter: '\n',
	relax_quotes: true,
	relax_column_count: true,
	skip_empty_lines: false,
};

/**
 * Splits each line into its fields with csv-parse. Every line is one row: a quoted line break is
 * not accepted, so an unclosed quote costs its own line and never the rows after it. Lines are
 * parsed many at a time, which is fast; when a batch does not give exactly one record per line
 * (a quote is left open somewhere), it is halved until the bad lines stand alone.
 */
export function parseLines(lines: readonly string[]): LineFields[] {
	const out: LineFields[] = new Array(lines.length);
	const fill = (from: number, to: number): void => {
		if (from >= to) return;
		const records = tryParse(lines.slice(from, to).join('\n'));
		if (Array.isArray(records) && records.length === to - from) {
			for (let index = 0; index < records.length; index += 1) {
				out[from + index] = { fields: records[index]! };
			}
			return;
		}
		if (to - from === 1) {
			out[from] = { error: Array.isArray(records) ? unreadable : describe(records) };
			return;
		}
		const middle = (from + to) >>> 1;
		fill(from, middle);
		fill(middle, to);
	};
	fill(0, lines.length);
	return out;
}

const unreadable = 'dòng này không đọc được như một hàng CSV';

function tryParse(text: string): string[][] | CsvError {
	try {
		return parse(text, options) as string[][];
	} catch (error) {
		return error as CsvError;
	}
}

/** Why csv-parse refused one line, in words. */
function describe(error: CsvError): string {
	if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
		return 'có dấu ngoặc kép (") mở mà không đóng trên dòng này; một hàng phải nằm trên một dòng';
	}
	if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
		return 'sau dấu ngoặc kép (") đóng một ô lại có chữ; hãy bỏ dấu ngoặc kép hoặc đặt cả ô trong ngoặc';
	}
	return `${unreadable} (${error.code ?? error.message})`;
}
