import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { ImportError } from '../../../src/lib/import/import-problem';
import { decodeLine, decodeLines, readLines } from '../../../src/lib/import/read-lines';

const dir = mkdtempSync(join(tmpdir(), 'tthc-read-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` to a file of the test folder and returns its path. */
function file(name: string, bytes: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

/** Every line `readLines` gives for a file. */
async function linesOf(path: string): Promise<string[]> {
	const lines: string[] = [];
	for await (const { text } of readLines(path)) lines.push(text);
	return lines;
}

/** The problem a call stopped with. */
async function problemOf(call: () => unknown): Promise<ImportError['problems'][number]> {
	try {
		await call();
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as ImportError).problems[0] as ImportError['problems'][number];
	}
	throw new Error('expected the call to stop');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeLine', () => {
	test('returns the text without a carriage return or a leading byte-order mark', () => {
		expect(decodeLine(utf8('\ufeffcode,name\r'), 1, 'x.csv')).toBe('code,name');
	});

	test('stops at a byte-order mark after the first line, naming the line', async () => {
		const problem = await problemOf(() => decodeLine(utf8('\ufeff{}'), 7, 'x.jsonl'));
		expect(problem).toMatchObject({ file: 'x.jsonl', line: 7 });
		expect(problem.message).toMatch(/BOM/);
	});

	test('stops at bytes that are not UTF-8, suggesting the likely encoding', async () => {
		// “Tư pháp” in Windows-1258: ư is 0xFD, á is a plain a with the combining acute 0xEC.
		const bytes = Uint8Array.from([0x54, 0xfd, 0x20, 0x70, 0x68, 0x61, 0xec, 0x70]);
		const problem = await problemOf(() => decodeLine(bytes, 2, 'x.csv'));
		expect(problem).toMatchObject({ line: 2 });
		expect(problem.message).toMatch(/cần văn bản UTF-8.*Windows-1258/);
	});

	test('stops at a UTF-16 file', async () => {
		const problem = await problemOf(() =>
			decodeLine(Uint8Array.from([0xff, 0xfe, 0x63, 0]), 1, 'x')
		);
		expect(problem.message).toMatch(/UTF-16/);
	});
});

describe('decodeLines', () => {
	test('returns every line, the last one even without a line break', () => {
		expect(decodeLines(utf8('a\r\nb\n\nc'), 'x')).toEqual(['a', 'b', '', 'c']);
	});

	test('names the line of the first bad byte', async () => {
		const bytes = Uint8Array.from([...utf8('a\nb\n'), 0xc3, 0x28]);
		expect(await problemOf(() => decodeLines(bytes, 'x'))).toMatchObject({ line: 3 });
	});
});

describe('readLines', () => {
	test('numbers the lines of a plain file from 1', async () => {
		const path = file('plain.jsonl', '\ufeff{"a":1}\n\n{"b":2}');
		const lines: [number, string][] = [];
		for await (const { line, text } of readLines(path)) lines.push([line, text]);
		expect(lines).toEqual([
			[1, '{"a":1}'],
			[2, ''],
			[3, '{"b":2}'],
		]);
	});

	test('reads a gzip file, a line spread over many chunks included', async () => {
		const long = 'Tư pháp '.repeat(20_000);
		const path = file('big.jsonl.gz', gzipSync(`${long}\nhết\n`));
		expect(await linesOf(path)).toEqual([long, 'hết']);
	});

	test('stops at a .gz file that is no gzip, without a line', async () => {
		const problem = await problemOf(() => linesOf(file('plain.jsonl.gz', '{"a":1}\n')));
		expect(problem.line).toBeUndefined();
		expect(problem.message).toMatch(/cần một tệp nén gzip/);
	});

	test('stops at a gzip file cut short, naming the line it stopped in', async () => {
		const whole = gzipSync(Array.from({ length: 2000 }, (_, i) => `{"n":${i}}`).join('\n'));
		const problem = await problemOf(() => linesOf(file('cut.jsonl.gz', whole.subarray(0, 200))));
		expect(problem.line).toBeGreaterThan(0);
		expect(problem.message).toMatch(/bị cắt cụt/);
	});

	test('stops at a missing file and at a folder', async () => {
		expect((await problemOf(() => linesOf(join(dir, 'none.jsonl')))).message).toMatch(
			/không tìm thấy/
		);
		expect((await problemOf(() => linesOf(dir))).message).toMatch(/thư mục/);
	});
});
