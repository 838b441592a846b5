import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import { nationalCodeSchema } from '../../schemas/primitives';
import { oneLine } from './clean-text';
import { decodeLines, readFailure } from './read-lines';
import { ImportError, type ImportProblem } from './import-problem';
import { sourceColumns, type SourceRow } from './source-types';

/** A data row of the sources table, with where it is. */
export interface TableRow {
	/** Line of the file the row starts on, for messages. */
	line: number;
	/** Position among the data rows, counting from 1: the `row N` key of legacy procedures. */
	rowNumber: number;
	row: SourceRow;
}

/** Every row of the table, and every problem found in it. */
export interface SourceTable {
	rows: TableRow[];
	problems: ImportProblem[];
}

/**
 * Reads `procedures-sources.csv` with a real CSV parser (its cells hold commas, quotes and line
 * breaks) and checks all of it: UTF-8, a header with every column once, at least one data row,
 * every row as wide as the header, quotes closed, a name on every row, well-formed codes, no code
 * twice. A table that cannot be parsed at all stops with a {@link ImportError}.
 */
export function readSourceTable(path: string): SourceTable {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		throw new ImportError([{ file: path, message: readFailure(error) }]);
	}
	const lines = decodeLines(bytes, path);
	const records = parseRecords(lines, path);
	const [header, ...data] = records;
	if (!header) {
		throw new ImportError([
			{
				file: path,
				message: `cần dòng tiêu đề (${sourceColumns.join(',')}) và các dòng dữ liệu, tệp đang trống`,
			},
		]);
	}
	const columns = headerColumns(header.cells, path, header.line);
	if (data.length === 0) {
		throw new ImportError([
			{
				file: path,
				message: 'cần ít nhất một dòng dữ liệu dưới dòng tiêu đề, tệp chỉ có dòng tiêu đề',
			},
		]);
	}
	const result: SourceTable = { rows: [], problems: [] };
	const seen = new Map<string, number>();
	data.forEach(({ cells, line }, index) => {
		const row = Object.fromEntries(
			sourceColumns.map((column) => [column, cells[columns[column]] ?? ''])
		) as SourceRow;
		const problems = rowProblems(row, seen);
		result.problems.push(...problems.map((problem) => ({ file: path, line, ...problem })));
		const code = oneLine(row.code);
		if (code && !seen.has(code)) seen.set(code, line);
		if (problems.length === 0) result.rows.push({ line, rowNumber: index + 1, row });
	});
	return result;
}

/** A parsed CSV record and the line it starts on. */
interface CsvRecord {
	cells: string[];
	line: number;
}

/** Parses the decoded lines; a syntax error stops with the line of the record it is in. */
function parseRecords(lines: string[], path: string): CsvRecord[] {
	const text = lines.join('\n');
	try {
		// Each record’s raw text counts the lines it spans, so a record starts on the first
		// non-blank line after those of the records before it.
		let consumed = 0;
		return parseRaw(text).map(({ record, raw }) => {
			const line = firstNonBlank(lines, consumed) ?? consumed + 1;
			consumed += lineCount(raw);
			return { cells: record, line };
		});
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		const line = failingLine(lines, text, error);
		throw new ImportError([{ file: path, line, message: csvFailure(error, line) }]);
	}
}

/** Records with their raw text, up to `to` records. */
function parseRaw(text: string, to?: number): { record: string[]; raw: string }[] {
	return parse(text, {
		skip_empty_lines: true,
		raw: true,
		...(to === undefined ? {} : { to }),
	}) as unknown as { record: string[]; raw: string }[];
}

/** Lines a record’s raw text spans, its closing line break included. */
function lineCount(raw: string): number {
	return raw.split('\n').length - (raw.endsWith('\n') ? 1 : 0);
}

/**
 * The line the record csv-parse failed on starts: it reports how many records it finished but
 * not where the failing one began, which for an unclosed quote is the end of the file. Parsing
 * again up to the finished records finds it; this runs only on the error path.
 */
function failingLine(lines: string[], text: string, error: CsvError): number {
	const finished = typeof error.records === 'number' ? error.records : 0;
	const fallback = typeof error.lines === 'number' ? error.lines : 1;
	if (finished === 0) return firstNonBlank(lines, 0) ?? fallback;
	try {
		const consumed = parseRaw(text, finished).reduce((sum, { raw }) => sum + lineCount(raw), 0);
		return firstNonBlank(lines, consumed) ?? fallback;
	} catch {
		return fallback;
	}
}

/** The 1-based number of the first non-blank line at or after index `from`. */
function firstNonBlank(lines: string[], from: number): number | undefined {
	for (let index = from; index < lines.length; index += 1)
		if ((lines[index] ?? '').trim() !== '') return index + 1;
	return undefined;
}

/** What a CSV syntax error in the record starting on `line` means, for the officer. */
function csvFailure(error: CsvError, line: number): string {
	const end = typeof error.lines === 'number' ? error.lines : line;
	// A quote opened and never closed swallows the lines after it until the next quote, where
	// csv-parse finally complains; the record’s first line is where the officer must look.
	if (error.code === 'CSV_INVALID_CLOSING_QUOTE' && end > line)
		return `cần đóng dấu ngoặc kép mở ở dòng này ngay cuối ô, nhưng ô kéo dài tới dòng ${end}`;
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return 'cần đóng dấu ngoặc kép mở ở dòng này, nhưng đến hết tệp vẫn chưa đóng (các dòng sau đó bị nuốt vào một ô)';
		case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
		case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
			const [, expected, found] = /(?:length is|expect) (\d+), got (\d+)/.exec(error.message) ?? [];
			return expected && found
				? `cần ${expected} ô như dòng tiêu đề, dòng này có ${found} ô (thiếu hoặc thừa dấu phẩy?)`
				: 'cần số ô bằng dòng tiêu đề, dòng này có số ô khác (thiếu hoặc thừa dấu phẩy?)';
		}
		case 'INVALID_OPENING_QUOTE':
		case 'CSV_INVALID_CLOSING_QUOTE':
			return 'cần ô có dấu phẩy, ngoặc kép hay xuống dòng nằm trọn trong "…" (ngoặc kép bên trong ô viết thành ""), dòng này có dấu ngoặc kép đặt sai chỗ';
		default:
			return `không đọc được dòng CSV này (${error.code})`;
	}
}

/** Where each expected column is in the header; a missing or repeated column stops the run. */
function headerColumns(
	cells: string[],
	path: string,
	line: number
): Record<(typeof sourceColumns)[number], number> {
	const names = cells.map((cell) => cell.trim());
	const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
	const missing = sourceColumns.filter((column) => !names.includes(column));
	const problems: ImportProblem[] = [];
	if (missing.length > 0) {
		problems.push({
			file: path,
			line,
			message: `cần đủ ${sourceColumns.length} cột (${sourceColumns.join(', ')}), dòng tiêu đề thiếu cột ${missing.join(', ')}`,
		});
	}
	if (repeated.length > 0) {
		problems.push({
			file: path,
			line,
			message: `cần mỗi cột xuất hiện một lần, cột ${repeated.join(', ')} xuất hiện nhiều lần`,
		});
	}
	if (problems.length > 0) throw new ImportError(problems);
	return Object.fromEntries(
		sourceColumns.map((column) => [column, names.indexOf(column)])
	) as Record<(typeof sourceColumns)[number], number>;
}

/** What is wrong with one data row: no name, a malformed code, a code seen on an earlier line. */
function rowProblems(
	row: SourceRow,
	seen: ReadonlyMap<string, number>
): Omit<ImportProblem, 'file' | 'line'>[] {
	const problems: Omit<ImportProblem, 'file' | 'line'>[] = [];
	if (oneLine(row.name) === '')
		problems.push({ field: 'name', message: 'cần tên thủ tục, ô này đang trống' });
	const code = oneLine(row.code);
	if (code && !nationalCodeSchema.safeParse(code).success) {
		problems.push({
			field: 'code',
			message: `cần mã thủ tục dạng 1.002153 hoặc để trống, đang là ${JSON.stringify(row.code)}`,
		});
	}
	const earlier = seen.get(code);
	if (code && earlier !== undefined) {
		problems.push({
			field: 'code',
			message: `cần mỗi mã thủ tục xuất hiện một lần, mã ${code} đã có ở dòng ${earlier}`,
		});
	}
	return problems;
}
