import { formatNumber } from '../format/vi';
import { readHeader, type ColumnLayout } from './columns';
import type { Dossier } from './dossier';
import { DossierFileError } from './file-error';
import { parseLines } from './parse-lines';
import type { ProcedureIndex } from './procedure-index';
import { readRow } from './read-row';
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

/** Reads a whole dossier CSV held in memory (small committed files); returns the rejects. */
export function readDossierText(
	text: string,
	procedures: ProcedureIndex,
	onDossier: DossierSink['dossier']
): RejectedRow[] {
	const reader = createRowReader(procedures, onDossier);
	const rejects = reader.read(textLines(text));
	reader.finish();
	return rejects;
}

/** The header state shared by both readers: the first line that is not blank is the header. */
function createRowReader(procedures: ProcedureIndex, onDossier: DossierSink['dossier']) {
	let layout: ColumnLayout | null = null;
	const read = (lines: readonly TextLine[]): RejectedRow[] => {
		let rows = lines.filter((entry) => entry.text.trim() !== '');
		if (layout === null && rows.length > 0) {
			layout = readHeaderLine(rows[0]!);
			rows = rows.slice(1);
		}
		const rejects: RejectedRow[] = [];
		const readable = rows.filter((entry) => !entry.overlong);
		const parsed = parseLines(readable.map((entry) => entry.text));
		let next = 0;
		for (const entry of rows) {
			if (entry.overlong) {
				rejects.push({ line: entry.line, reason: overlongReason, text: `${entry.text}…` });
				continue;
			}
			const fields = parsed[next++]!;
			const result = 'error' in fields ? fields : readRow(fields.fields, layout!, procedures);
			if ('dossier' in result) onDossier(result.dossier, entry.line);
			else rejects.push({ line: entry.line, reason: result.error, text: entry.text });
		}
		return rejects;
	};
	const finish = (): void => {
		if (layout === null) {
			throw new DossierFileError('tệp trống: cần một dòng tiêu đề, ví dụ code,received_at,…');
		}
	};
	return { read, finish };
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
