import { DossierFileError } from './file-error';

/** One physical line of a text file, numbered from 1, without its line break. */
export interface TextLine {
	line: number;
	text: string;
	/** Set when the line is longer than {@link maxLineBytes}: `text` then holds only its start. */
	overlong?: true;
}

/**
 * Longest line read, in bytes. A dossier row is about 100 bytes; a longer line means the file is
 * not a dossier export (or lost its line breaks), and keeping it whole could fill the memory.
 */
export const maxLineBytes = 16_384;

/** How much of an overlong line is kept, to show it. */
const shownBytes = 200;

const notUtf8 =
	'tệp không được mã hoá UTF-8 (có thể là Windows-1258, TCVN3 hay VNI); hãy mở tệp bằng Excel ' +
	'và lưu lại dạng “CSV UTF-8 (Comma delimited)”, hoặc chuyển mã, ví dụ iconv -f CP1258 -t UTF-8';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8');

/**
 * Splits a byte stream into lines, yielding the lines of each chunk together so that the caller
 * awaits once per chunk, not once per line. Lines end at `\n`; a `\r` before it is dropped. The
 * file must be UTF-8 (a byte-order mark is dropped): the first line that is not stops the reading
 * with a {@link DossierFileError} naming it, once, instead of rejecting row after row.
 */
export async function* byteLines(input: AsyncIterable<Uint8Array>): AsyncGenerator<TextLine[]> {
	let pending: Uint8Array = new Uint8Array(0);
	let overlong: Uint8Array | null = null;
	let line = 1;
	for await (const chunk of input) {
		if (line === 1 && pending.length === 0 && overlong === null) checkUtf16(chunk);
		const lines: TextLine[] = [];
		let start = 0;
		if (overlong) {
			// Skip the rest of the long line, then report it as one line.
			const end = chunk.indexOf(10);
			if (end === -1) continue;
			lines.push({ line: line++, text: lenient.decode(overlong), overlong: true });
			overlong = null;
			start = end + 1;
		}
		const end = chunk.lastIndexOf(10);
		if (end < start) {
			pending = concat(pending, chunk.subarray(start));
			if (pending.length > maxLineBytes) {
				overlong = pending.slice(0, shownBytes);
				pending = new Uint8Array(0);
			}
		} else {
			const complete = concat(pending, chunk.subarray(start, end));
			pending = chunk.slice(end + 1);
			lines.push(...splitLines(decodeLines(complete, line), line));
			line = lines[lines.length - 1]!.line + 1;
		}
		if (lines.length > 0) yield lines;
	}
	if (overlong) yield [{ line, text: lenient.decode(overlong), overlong: true }];
	else if (pending.length > 0) yield splitLines(decodeLines(pending, line), line);
}

/** Splits a text held in memory into lines, as {@link byteLines} does for a file. */
export function textLines(text: string): TextLine[] {
	// A string read with the 'utf8' encoding has U+FFFD where a byte was not UTF-8.
	const replaced = text.indexOf('\uFFFD');
	if (replaced !== -1) {
		const line = text.slice(0, replaced).split('\n').length;
		throw new DossierFileError(notUtf8, line);
	}
	if (text === '') return [];
	return splitLines(text.endsWith('\n') ? text.slice(0, -1) : text, 1);
}

/** Decodes complete lines at once; when that fails, line by line to name the first bad one. */
function decodeLines(bytes: Uint8Array, first: number): string {
	try {
		return strict.decode(bytes);
	} catch {
		let start = 0;
		for (let line = first; ; line += 1) {
			const end = bytes.indexOf(10, start);
			try {
				strict.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
			} catch {
				throw new DossierFileError(notUtf8, line);
			}
			start = end + 1;
		}
	}
}

/** Numbers the lines of a decoded text; drops a `\r` before each break and a leading BOM. */
function splitLines(text: string, first: number): TextLine[] {
	return text.split('\n').map((part, index) => {
		let clean = part.endsWith('\r') ? part.slice(0, -1) : part;
		if (first + index === 1 && clean.startsWith('\uFEFF')) clean = clean.slice(1);
		if (clean.length * 3 > maxLineBytes && Buffer.byteLength(clean) > maxLineBytes) {
			return { line: first + index, text: clean.slice(0, shownBytes), overlong: true };
		}
		return { line: first + index, text: clean };
	});
}

/** Stops at once on a UTF-16 file (Excel’s “Unicode Text”), which would otherwise read as noise. */
function checkUtf16(chunk: Uint8Array): void {
	const [a, b] = chunk;
	if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
		throw new DossierFileError(
			'tệp được lưu dạng UTF-16 (“Unicode Text”); hãy lưu lại dạng “CSV UTF-8 (Comma delimited)”',
			1
		);
	}
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	if (a.length === 0) return b;
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
