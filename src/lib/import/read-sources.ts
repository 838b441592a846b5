import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { UserError } from '../cli/run';
import { sourceColumns, type SourceRow } from './source-types';

/** One line of a JSON Lines file: its value, or why it could not be read. */
export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

/** Stops with a clear message when a source file is missing. */
export function requireFile(path: string): void {
	if (!existsSync(path)) throw new UserError(`source file not found: ${path}`);
}

/**
 * Reads a JSON Lines file (gzip-compressed when its name ends in `.gz`) line by line, without
 * holding it in memory. Blank lines are skipped; a bad line is reported and reading goes on.
 */
export async function* readJsonLines(path: string): AsyncGenerator<JsonLine> {
	requireFile(path);
	const raw = createReadStream(path);
	const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
	const lines = createInterface({ input, crlfDelay: Infinity });
	let line = 0;
	for await (const text of lines) {
		line += 1;
		if (text.trim() === '') continue;
		try {
			yield { line, value: JSON.parse(text) as unknown };
		} catch (error) {
			yield { line, error: (error as Error).message };
		}
	}
}

/** Reads `procedures-sources.csv` with a real CSV parser (its cells hold commas, quotes and newlines). */
export function readSourceRows(path: string): SourceRow[] {
	requireFile(path);
	let records: Record<string, string>[];
	try {
		records = parse(readFileSync(path, 'utf8'), {
			columns: true,
			skip_empty_lines: true,
			bom: true,
		});
	} catch (error) {
		throw new UserError(`${path}: not a readable CSV file: ${(error as Error).message}`);
	}
	const missing = sourceColumns.filter(
		(column) => records.length > 0 && !(column in (records[0] ?? {}))
	);
	if (missing.length > 0) throw new UserError(`${path}: missing column(s) ${missing.join(', ')}`);
	return records.map(
		(record) =>
			Object.fromEntries(sourceColumns.map((column) => [column, record[column] ?? ''])) as SourceRow
	);
}
