import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { temporaryPath } from '../../../src/lib/files/atomic-file';
import { runReview } from './support/run-review';

const project = join(import.meta.dirname, '../../fixtures/dossiers');
let dir: string;
let input: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dossiers-cli-'));
	input = join(dir, 'export.csv');
	copyFileSync(join(project, 'bad-rows.csv'), input);
});

/** Runs `review dossiers` in the fixture project. */
const dossiers = (...args: string[]) => runReview(['dossiers', ...args], project, dir);

/** Expects exit 1 with exactly one `lỗi:` line. */
function expectOneError(run: Awaited<ReturnType<typeof dossiers>>, message: string) {
	expect(run.code).toBe(1);
	expect(run.stdout).toBe('');
	expect(run.stderr).toBe(`lỗi: ${message}\n`);
}

describe('review dossiers', () => {
	test('prints the JSON of the issue, the rejects with file and line, and writes the rejects file', async () => {
		const run = await dossiers('--input', input, '--json');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout);
		expect(json).toMatchObject({
			rows: 8,
			received: 3,
			finished: 3,
			pending: 0,
			early: 1,
			onTime: 0,
			late: 2,
			onTimeRate: 0.3333,
			lateWithoutApology: 1,
		});
		expect(json.rejected).toHaveLength(5);
		expect(json.byProcedure).toEqual([
			expect.objectContaining({ id: '1.000390', received: 2, finished: 2, late: 2, avgDays: 9 }),
			expect.objectContaining({ id: '2.002039', received: 1, finished: 1, late: 0, avgDays: 8 }),
		]);
		expect(run.stderr).toContain(
			`cảnh báo: ${input}:3: code: cần mã một thủ tục có trong danh mục; đang là "9.999999"\n`
		);
		expect(run.stderr).toContain(`5 dòng bị loại, có đủ trong ${join(dir, 'export.rejects.csv')}`);
		expect(readFileSync(join(dir, 'export.rejects.csv'), 'utf8').split('\n')[1]).toMatch(/^3,/);
	});

	test('prints a Vietnamese summary with Vietnamese numbers', async () => {
		const run = await dossiers('--input', input);
		expect(run.stdout).toContain('8 dòng, 3 hồ sơ được đếm, 5 dòng bị loại');
		expect(run.stdout).toContain('tỉ lệ đúng hạn 33,3% trên hồ sơ đã giải quyết');
		expect(run.stdout).toContain('từ 04/01/2021 đến 04/01/2021');
	});

	test('writes --out and puts the rejects file beside it, resolving paths from the caller’s folder', async () => {
		const run = await dossiers('--input', 'export.csv', '--out', 'stats.json');
		expect(run.code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8')).received).toBe(3);
		expect(readdirSync(dir).sort()).toEqual(['export.csv', 'stats.json', 'stats.rejects.csv']);
	});

	test('exits 1 with one clear message for a missing file, and writes nothing', async () => {
		const missing = join(dir, 'nope.csv');
		expectOneError(
			await dossiers('--input', missing, '--out', join(dir, 'stats.json')),
			`không đọc được ${missing}: không có tệp hay thư mục này`
		);
		expect(readdirSync(dir)).toEqual(['export.csv']);
	});

	test('exits 1 for a wrong header, naming the file and line, and writes nothing', async () => {
		const wrong = join(project, 'wrong-header.csv');
		const run = await dossiers('--input', wrong, '--out', join(dir, 'stats.json'));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^lỗi: .*wrong-header\.csv:1: dòng tiêu đề sai: không có cột/);
		expect(run.stdout).toBe('');
		expect(readdirSync(dir)).toEqual(['export.csv']);
	});

	test('checks --out before reading the input: a missing folder or a folder', async () => {
		const missingFolder = join(dir, 'no/such/stats.json');
		// The input does not exist either: the output is what is checked first.
		expectOneError(
			await dossiers('--input', join(dir, 'nope.csv'), '--out', missingFolder),
			`--out ${missingFolder}: thư mục ${join(dir, 'no/such')} không tồn tại; hãy tạo thư mục trước hoặc chọn nơi khác`
		);
		mkdirSync(join(dir, 'stats.json'));
		expectOneError(
			await dossiers('--input', input, '--out', join(dir, 'stats.json')),
			`--out ${join(dir, 'stats.json')}: đây là một thư mục; hãy cho đường dẫn của một tệp trong đó`
		);
		expect(readdirSync(dir).sort()).toEqual(['export.csv', 'stats.json']);
	});

	test('blames --rejects, not the input, when it is a folder', async () => {
		mkdirSync(join(dir, 'rejects'));
		expectOneError(
			await dossiers('--input', input, '--rejects', join(dir, 'rejects')),
			`--rejects ${join(dir, 'rejects')}: đây là một thư mục; hãy cho đường dẫn của một tệp trong đó`
		);
	});

	test('refuses --out and --rejects on one file, or an output on the input', async () => {
		const same = join(dir, 'same.csv');
		expectOneError(
			await dossiers('--input', input, '--out', same, '--rejects', same),
			`--rejects và --out cùng chỉ đến ${same}: hãy chọn hai tệp khác nhau`
		);
		expectOneError(
			await dossiers('--input', input, '--rejects', 'export.csv'),
			`--rejects và --input cùng chỉ đến ${input}: hãy chọn hai tệp khác nhau`
		);
		expect(readdirSync(dir)).toEqual(['export.csv']);
	});

	test('says the disk is full in one line, leaves no temporary file and keeps the older outputs', async () => {
		const out = join(dir, 'stats.json');
		const rejects = join(dir, 'stats.rejects.csv');
		writeFileSync(out, 'older stats');
		writeFileSync(rejects, 'older rejects');
		symlinkSync('/dev/full', temporaryPath(out));
		const run = await dossiers('--input', input, '--out', out);
		expect(run.code).toBe(1);
		expect(run.stderr.split('\n').filter((line) => line.startsWith('lỗi: '))).toEqual([
			`lỗi: không ghi được ${out}: ổ đĩa đã đầy`,
		]);
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(readdirSync(dir).sort()).toEqual(['export.csv', 'stats.json', 'stats.rejects.csv']);
		expect(readFileSync(out, 'utf8')).toBe('older stats');
		expect(readFileSync(rejects, 'utf8')).toBe('older rejects');
	});

	test('says the disk is full when the rejects file cannot be written, naming it', async () => {
		const rejects = join(dir, 'export.rejects.csv');
		symlinkSync('/dev/full', temporaryPath(rejects));
		const run = await dossiers(
			'--input',
			input,
			'--out',
			join(dir, 'stats.json'),
			'--rejects',
			rejects
		);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(new RegExp(`\\nlỗi: không ghi được ${rejects}: ổ đĩa đã đầy\\n$`));
		expect(readdirSync(dir)).toEqual(['export.csv']);
	});

	test('removes the temporary file a killed run left, and says so', async () => {
		const out = join(dir, 'stats.json');
		const stale = temporaryPath(out, 2 ** 22 + 1);
		writeFileSync(stale, '{"half');
		const run = await dossiers('--input', input, '--out', out);
		expect(run.code).toBe(0);
		expect(run.stderr).toContain(
			`cảnh báo: đã xoá tệp tạm do một lần chạy bị ngắt để lại: ${stale}`
		);
		expect(existsSync(stale)).toBe(false);
	});

	test('exits 1 without --input or with a bad option value', async () => {
		expect((await dossiers()).stderr).toMatch(/^lỗi: thiếu --input <tệp.csv>\n\nCách dùng:/);
		expectOneError(
			await dossiers('--input', 'x.csv', '--rate-base', 'all'),
			'--rate-base cần "finished" hoặc "received"; đang là "all"'
		);
		expectOneError(
			await dossiers('--input', 'x.csv', '--apology-lead', '1.5'),
			'--apology-lead cần một số nguyên ngày từ 0 đến 999; đang là "1.5"'
		);
	});
});
