import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ImportError } from './import-problem';

/** One line of a text file, decoded, without its line break. */
export interface TextLine {
	/** Line number, counting from 1. */
	line: number;
	text: string;
}

/** `fatal` makes a stray Windows-1258 or TCVN3 byte an error instead of a silent “�”. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const bom = '\uFEFF';
const newline = 0x0a;

/**
 * Reads a text file line by line (gunzipping it when its name ends in `.gz`) without holding it
 * in memory. Every line must be UTF-8: a file saved in another encoding, a gzip that is not one or
 * is cut short, or a byte-order mark inside the file (two files joined together) stops the reading
 * with a {@link ImportError} naming the file and line. A byte-order mark at the very start is
 * dropped: Excel and Notepad add one, and it carries no content.
 */
export async function* readLines(path: string): AsyncGenerator<TextLine> {
	const gzip = path.endsWith('.gz');
	const input: Readable = gzip
		? pipeline(createReadStream(path), createGunzip(), () => {})
		: createReadStream(path);
	let line = 0;
	let carry: Buffer = Buffer.alloc(0);
	try {
		for await (const chunk of input as AsyncIterable<Buffer>) {
			const buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
			let start = 0;
			for (let end = buffer.indexOf(newline); end !== -1; end = buffer.indexOf(newline, start)) {
				line += 1;
				yield { line, text: decodeLine(buffer.subarray(start, end), line, path) };
				start = end + 1;
			}
			carry = buffer.subarray(start);
		}
	} catch (error) {
		if (error instanceof ImportError) throw error;
		// A gzip cut short stops at a line; a file that is no gzip at all, is missing or is a folder
		// has none to show.
		const code = (error as NodeJS.ErrnoException)?.code;
		const at =
			code === 'Z_BUF_ERROR' || (code === 'Z_DATA_ERROR' && line > 0) ? { line: line + 1 } : {};
		throw new ImportError([{ file: path, ...at, message: readFailure(error, gzip) }]);
	}
	if (carry.length > 0) {
		line += 1;
		yield { line, text: decodeLine(carry, line, path) };
	}
}

/**
 * Decodes a whole file held in memory, line by line as {@link readLines} does, and returns its
 * lines; the same encoding problems stop it with the same messages.
 */
export function decodeLines(bytes: Uint8Array, path: string): string[] {
	const lines: string[] = [];
	let start = 0;
	while (start <= bytes.length) {
		const found = bytes.indexOf(newline, start);
		const end = found === -1 ? bytes.length : found;
		lines.push(decodeLine(bytes.subarray(start, end), lines.length + 1, path));
		start = end + 1;
	}
	return lines;
}

/** Decodes the bytes of one line as UTF-8; `line` and `path` locate the problem when it is not. */
export function decodeLine(bytes: Uint8Array, line: number, path: string): string {
	if (line === 1 && (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))) {
		throw new ImportError([
			{
				file: path,
				line,
				message:
					'cần văn bản UTF-8, tệp đang được lưu bằng UTF-16 (“Unicode” của Excel/Notepad); hãy lưu lại với bảng mã UTF-8',
			},
		]);
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		throw new ImportError([
			{
				file: path,
				line,
				message:
					'cần văn bản UTF-8, dòng này có byte không phải UTF-8 (tệp có lẽ được lưu bằng Windows-1258 hoặc TCVN3); hãy lưu lại với bảng mã UTF-8',
			},
		]);
	}
	if (text.endsWith('\r')) text = text.slice(0, -1);
	if (text.startsWith(bom)) {
		if (line === 1) return text.slice(1);
		throw new ImportError([
			{
				file: path,
				line,
				message:
					'cần mỗi dòng bắt đầu bằng bản ghi, dòng này bắt đầu bằng dấu BOM (U+FEFF): có lẽ hai tệp đã bị nối vào nhau, hãy xoá ký tự này',
			},
		]);
	}
	return text;
}

/** Whether `bytes` begins with `prefix`. */
function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, index) => bytes[index] === byte);
}

/** Why a file could not be read, for the officer: missing, a folder, not gzip, cut short. */
export function readFailure(error: unknown, gzip = false): string {
	const code = (error as NodeJS.ErrnoException)?.code;
	if (code === 'ENOENT') return 'cần tệp này, không tìm thấy';
	if (code === 'EISDIR') return 'cần một tệp, đây là một thư mục';
	if (code === 'ENOTDIR') return 'cần một thư mục trên đường dẫn, đây là một tệp';
	if (code === 'EACCES' || code === 'EPERM') return 'cần quyền đọc tệp, không có';
	if (gzip && code === 'Z_DATA_ERROR')
		return 'cần một tệp nén gzip (.gz), tệp này không phải gzip hoặc đã hỏng';
	if (gzip && code === 'Z_BUF_ERROR')
		return 'cần một tệp nén gzip trọn vẹn, tệp bị cắt cụt: dữ liệu dừng giữa chừng ở dòng này';
	return `cần đọc được tệp, không đọc được (${code ?? (error as Error)?.message ?? String(error)})`;
}
