import { formatNumber } from '../format/vi';
import { readHeader, type ColumnLayout } from './columns';
import type { Dossier } from './dossier';
import { DossierFileError } from './file-error';
import { parseLines } from './parse-lines';
import type { ProcedureIndex } from './procedure-index';
import { readRowParts, resolveRow, type RowParts } from './read-row';
import { memoByText } from '../text/memo-by-text';
import { diskMemo } from '../cache/disk-memo';
import { codeFingerprint } from '../content/code-fingerprint';
import { byteLines, maxLineBytes, textLines, type TextLine } from './text-lines';

export { DossierFileError } from './file-error';

/** A rejected row with the line as it was, so that the rejects file can repeat it. */
export interface RejectedRow {
	line: number;
	reason: string;
	/** The line’s text (only its start for an overlong line). */
	text: string;
}

/** What reading a file met, in file order. */
export interface DossierSink {
	/** Called for each good row. */
	dossier(dossier: Dossier, line: number): void;
	/** Called for each rejected row; may wait, e.g. for a file stream to drain. */
	reject(row: RejectedRow): void | Promise<void>;
}

/**
 * Streams a dossier CSV export: checks the header, then every row, and hands good dossiers and
 * rejects to `sink`. Each line that is not blank after the header is one row, counted or
 * rejected with its line: no row is ever dropped. Memory stays flat: one chunk at a time.
 */
export async function readDossierCsv(
	input: AsyncIterable<Uint8Array>,
	procedures: ProcedureIndex,
	sink: DossierSink
): Promise<void> {
	const reader = createRowReader(procedures, sink.dossier);
	for await (const lines of byteLines(input)) {
		for (const rejected of reader.read(lines)) await sink.reject(rejected);
	}
	reader.finish();
}

/**
 * Reads a whole dossier CSV held in memory (small committed files); returns the rejects. What a
 * text’s rows say is remembered (see {@link splitText}): one command reads the committed files
 * several times (the content check, the review volumes, the plan’s signals, the statistics of
 * each year), and splitting, parsing and checking the cells is most of the reading.
 */
export function readDossierText(
	text: string,
	procedures: ProcedureIndex,
	onDossier: DossierSink['dossier']
): RejectedRow[] {
	return emitRows(splitText(text), procedures, onDossier);
}

/** A row after the header with what its cells say; `parts` is missing for an overlong line. */
interface ReadLine {
	entry: TextLine;
	parts?: RowParts;
}

/** Reads the header of a whole text and what every other line that is not blank says. */
function split(text: string): ReadLine[] {
	const [header, ...rows] = textLines(text).filter((entry) => entry.text.trim() !== '');
	if (!header) throw emptyFile();
	const layout = readHeaderLine(header);
	const persisted = text.length >= keptTextLength;
	const kept = persisted ? keptParts.get(text) : undefined;
	if (Array.isArray(kept) && kept.length === rows.length) {
		return rows.map((entry, index) => {
			const parts = kept[index];
			return parts ? { entry, parts } : { entry };
		});
	}
	const lines = readLines(rows, layout);
	if (persisted)
		keptParts.set(
			text,
			lines.map(({ parts }) => parts ?? null)
		);
	return lines;
}

/** Texts shorter than this (a few hundred rows) are read faster than a kept result is found. */
export const keptTextLength = 64 * 1024;

/**
 * What the rows of each committed dossier file say, kept on disk from one command to the next:
 * splitting, parsing and checking the cells of the sample years was a quarter of a `review plan`
 * on the real catalogue, and the files change once a year. Keyed by the text and by this folder’s
 * code and csv-parse’s version, so a changed file or rule is read afresh.
 */
const keptParts = diskMemo<(RowParts | null)[]>({
	name: 'dossier-rows',
	fingerprint: () =>
		codeFingerprint(['src/lib/dossiers', 'src/lib/text', 'src/lib/format'], ['csv-parse']),
	limit: 32,
});

/**
 * Texts up to this many characters (the committed sample years are 160–280 KB) are read once and
 * remembered, eight at most; larger ones are read again each time, so that the memory never
 * holds more than one of them.
 */
export const rememberedTextLength = 2 * 1024 * 1024;
const splitRemembered = memoByText(split, 8);

function splitText(text: string): ReadLine[] {
	return text.length <= rememberedTextLength ? splitRemembered(text) : split(text);
}

/** The streaming reader’s state: the first line that is not blank is the header. */
function createRowReader(procedures: ProcedureIndex, onDossier: DossierSink['dossier']) {
	let layout: ColumnLayout | null = null;
	const read = (lines: readonly TextLine[]): RejectedRow[] => {
		let rows = lines.filter((entry) => entry.text.trim() !== '');
		if (layout === null && rows.length > 0) {
			layout = readHeaderLine(rows[0]!);
			rows = rows.slice(1);
		}
		if (layout === null) return [];
		return emitRows(readLines(rows, layout), procedures, onDossier);
	};
	const finish = (): void => {
		if (layout === null) throw emptyFile();
	};
	return { read, finish };
}

/** Parses rows (after the header) as CSV and checks their cells, whatever procedures are known. */
function readLines(rows: readonly TextLine[], layout: ColumnLayout): ReadLine[] {
	const parsed = parseLines(rows.filter((entry) => !entry.overlong).map((entry) => entry.text));
	let next = 0;
	return rows.map((entry) => {
		if (entry.overlong) return { entry };
		const fields = parsed[next++]!;
		return { entry, parts: 'error' in fields ? fields : readRowParts(fields.fields, layout) };
	});
}

/** Looks up each row’s procedure: good rows go to `onDossier`, rejects are returned in order. */
function emitRows(
	lines: readonly ReadLine[],
	procedures: ProcedureIndex,
	onDossier: DossierSink['dossier']
): RejectedRow[] {
	const rejects: RejectedRow[] = [];
	for (const { entry, parts } of lines) {
		if (!parts) {
			rejects.push({ line: entry.line, reason: overlongReason, text: `${entry.text}…` });
			continue;
		}
		const result = resolveRow(parts, procedures);
		if ('dossier' in result) onDossier(result.dossier, entry.line);
		else rejects.push({ line: entry.line, reason: result.error, text: entry.text });
	}
	return rejects;
}

function emptyFile(): DossierFileError {
	return new DossierFileError('tệp trống: cần một dòng tiêu đề, ví dụ code,received_at,…');
}

const overlongReason = `dòng dài hơn ${formatNumber(maxLineBytes)} byte, không phải một hàng hồ sơ`;

/** Reads the header line, or stops: without it no row can be read. */
function readHeaderLine(entry: TextLine): ColumnLayout {
	const fail = (problem: string) => new DossierFileError(problem, entry.line);
	if (entry.overlong) throw fail(overlongReason);
	if (entry.text.includes('\r')) {
		throw fail(
			'các dòng ngăn cách bằng ký tự CR (kiểu máy Mac cũ); hãy lưu lại tệp với xuống dòng LF hoặc CRLF'
		);
	}
	const [fields] = parseLines([entry.text]);
	if (!fields || 'error' in fields) throw fail(fields?.error ?? 'dòng tiêu đề trống');
	const separator = [';', '\t'].find((candidate) => entry.text.includes(candidate));
	if (fields.fields.length === 1 && separator) {
		throw fail(
			`dòng tiêu đề chỉ có một cột: tệp có vẻ phân cách bằng ${separator === ';' ? 'dấu chấm phẩy (;)' : 'dấu tab'}; ` +
				'hãy lưu lại dạng “CSV UTF-8 (Comma delimited)”, phân cách bằng dấu phẩy'
		);
	}
	const header = readHeader(fields.fields);
	if ('error' in header) throw fail(header.error);
	return header.layout;
}
