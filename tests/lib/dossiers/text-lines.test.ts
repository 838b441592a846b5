import { describe, expect, test } from 'vitest';
import { DossierFileError } from '../../../src/lib/dossiers/file-error';
import {
	byteLines,
	maxLineBytes,
	textLines,
	type TextLine,
} from '../../../src/lib/dossiers/text-lines';

/** Reads all lines of the given chunks. */
async function linesOf(...chunks: (string | Uint8Array)[]): Promise<TextLine[]> {
	async function* source() {
		for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
	}
	const lines: TextLine[] = [];
	for await (const batch of byteLines(source())) lines.push(...batch);
	return lines;
}

const texts = (lines: TextLine[]) => lines.map((entry) => entry.text);

describe('byteLines', () => {
	test('numbers the lines and drops the line breaks, CR included, and a leading BOM', async () => {
		const lines = await linesOf('\uFEFFa,b\r\nc', 'd\n\ne\n');
		expect(lines).toEqual([
			{ line: 1, text: 'a,b' },
			{ line: 2, text: 'cd' },
			{ line: 3, text: '' },
			{ line: 4, text: 'e' },
		]);
	});

	test('keeps a character split across two chunks whole', async () => {
		const bytes = Buffer.from('Trực tiếp\n');
		expect(texts(await linesOf(bytes.subarray(0, 4), bytes.subarray(4)))).toEqual(['Trực tiếp']);
	});

	test('reads a last line without a line break', async () => {
		expect(texts(await linesOf('a\nb'))).toEqual(['a', 'b']);
	});

	test('stops at the first line that is not UTF-8, naming it', async () => {
		const run = linesOf('a\nb\n', Buffer.from([0x54, 0x72, 0xf9, 0xf2, 0x63, 0x0a]));
		await expect(run).rejects.toThrow(DossierFileError);
		await expect(run).rejects.toMatchObject({ line: 3 });
	});

	test('refuses UTF-16 from its byte-order mark', async () => {
		await expect(linesOf(Buffer.from('\uFEFFa\n', 'utf16le'))).rejects.toThrow(/UTF-16/);
	});

	test('cuts an overlong line to its start without holding it whole, and goes on', async () => {
		const long = 'x'.repeat(maxLineBytes + 10);
		const lines = await linesOf('a\n', long.slice(0, 9000), long.slice(9000), '\nb\n');
		expect(lines.map(({ line, overlong }) => ({ line, overlong }))).toEqual([
			{ line: 1, overlong: undefined },
			{ line: 2, overlong: true },
			{ line: 3, overlong: undefined },
		]);
		expect(lines[1]!.text.length).toBeLessThanOrEqual(200);
	});
});

describe('textLines', () => {
	test('splits like byteLines', async () => {
		const text = '\uFEFFa\r\nb\n\nc';
		expect(textLines(text)).toEqual(await linesOf(text));
	});

	test('names the line of a replacement character, left by a file that was not UTF-8', () => {
		expect(() => textLines('a\nb\uFFFD\n')).toThrow(/^dòng 2: tệp không được mã hoá UTF-8/);
	});

	test('gives no line for an empty text', () => {
		expect(textLines('')).toEqual([]);
	});
});
