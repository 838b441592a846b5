import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { readHeader, type ColumnLayout } from './columns';
import type { Dossier } from './dossier';
import type { ProcedureIndex } from './procedure-index';
import { readRow } from './read-row';

/** A rejected row with its fields, so that the rejects file can repeat the row as it was. */
export interface RejectedRow {
	line: number;
	reason: string;
	fields: readonly string[];
}

/** What reading a file met, in file order. */
export interface DossierSink {
	/** Called for each good row; must be synchronous (it runs inside the parser). */
	dossier(dossier: Dossier, line: number): void;
	/** Called for each rejected row; may wait, e.g. for a file stream to drain. */
	reject(row: RejectedRow): void | Promise<void>;
}

/** Raised when the file cannot be read as a dossier export at all (e.g. a wrong header). */
export class DossierFileError extends Error {
	override name = 'DossierFileError';
}

/** Longest row accepted; a longer one means an unclosed quote is swallowing the file. */
const maxRecordSize = 16_384;

/**
 * Streams a dossier CSV export: checks the header, then every row, and hands good dossiers and
 * rejects to `sink`. Good rows are handled inside csv-parse’s `on_record` hook and never queued,
 * so memory stays flat; only rejects flow through the stream, with back-pressure.
 */
export async function readDossierCsv(
	input: Readable,
	procedures: ProcedureIndex,
	sink: DossierSink
): Promise<void> {
	const reader = createRowReader(procedures, sink.dossier);
	let newlines = 0;
	let endsWithNewline = true;
	const lineCounter = new Transform({
		transform(chunk: Buffer, _encoding, done) {
			for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) newlines += 1;
			if (chunk.length > 0) endsWithNewline = chunk[chunk.length - 1] === 10;
			done(null, chunk);
		},
	});
	// csv-parse types its overload without `columns` as string[] records; ours filter to rejects.
	const parser = parse(reader.options as unknown as Options);
	await pipeline(input, lineCounter, parser, async (rejects: AsyncIterable<RejectedRow>) => {
		for await (const rejected of rejects) await sink.reject(rejected);
	});
	const unread = reader.finish(newlines + (endsWithNewline ? 0 : 1));
	if (unread) await sink.reject(unread);
}

/** Reads a whole dossier CSV held in memory (small committed files); returns the rejects. */
export function readDossierText(
	text: string,
	procedures: ProcedureIndex,
	onDossier: DossierSink['dossier']
): RejectedRow[] {
	const reader = createRowReader(procedures, onDossier);
	const rejects = parseSync(text, reader.options as unknown as Options) as unknown as RejectedRow[];
	const unread = reader.finish(text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
	return unread ? [...rejects, unread] : rejects;
}

/**
 * The csv-parse options and the state shared by both readers. Quotes are relaxed (`7,"8"9` is
 * read as text) so one stray quote cannot hide the rows after it. An unclosed quote still makes
 * the rest of the file unreadable as CSV; `finish` then reports those lines as one reject naming
 * the range, so no line is ever dropped silently.
 */
function createRowReader(procedures: ProcedureIndex, onDossier: DossierSink['dossier']) {
	let layout: ColumnLayout | null = null;
	let lastLine = 0;
	const parseErrors: CsvError[] = [];
	const options: Options<RejectedRow, string[]> = {
		bom: true,
		relax_column_count: true,
		relax_quotes: true,
		skip_empty_lines: true,
		skip_records_with_error: true,
		max_record_size: maxRecordSize,
		on_skip: (error) => {
			if (error) parseErrors.push(error);
			return undefined;
		},
		on_record: (fields, context) => {
			const endLine = context.lines;
			const line = endLine - countNewlines(fields);
			lastLine = endLine;
			if (layout === null) {
				const header = readHeader(fields);
				if ('error' in header) throw new DossierFileError(`line ${line}: ${header.error}`);
				layout = header.layout;
				return null;
			}
			const result = readRow(fields, layout, procedures);
			if ('dossier' in result) {
				onDossier(result.dossier, line);
				return null;
			}
			return { line, reason: result.reason, fields };
		},
	};
	/** After the last record: checks there was a header, and reports lines a parse error left unread. */
	const finish = (lines: number): RejectedRow | null => {
		if (layout === null) throw new DossierFileError('the file is empty: expected a header row');
		// Without a parse error csv-parse has consumed every line as a row or a blank line.
		const [error] = parseErrors;
		if (!error) return null;
		const first = lastLine + 1;
		const unclosed = error.code === 'CSV_MAX_RECORD_SIZE' || error.code === 'CSV_QUOTE_NOT_CLOSED';
		const cause = unclosed
			? 'a quote (") opened there is never closed, so the rest of the file cannot be read as CSV'
			: error.message;
		const range = first >= lines ? `line ${first}` : `lines ${first}–${lines}`;
		return { line: first, reason: `${range} not read: ${cause}`, fields: [] };
	};
	return { options, finish };
}

function countNewlines(fields: readonly string[]): number {
	let count = 0;
	for (const field of fields) {
		for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count += 1;
	}
	return count;
}
