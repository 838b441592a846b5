import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/import';
import { runMain } from '../../src/lib/cli/run';
import { bufferIo } from '../support/cli-io';

const base = resolve('tests/fixtures/bad/sources/base');
const root = process.cwd();
let work: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'tthc-import-cli-'));
	cpSync(base, join(work, 'src'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run import -- …args` in-process, typed in the test folder. */
async function importCli(...args: string[]) {
	const io = bufferIo(root, work);
	const code = await runMain(main, args, io.io);
	return { code, io };
}

describe('npm run import', () => {
	test('prints its usage in Vietnamese with --help, --allow-shrink included', async () => {
		const { code, io } = await importCli('--help');
		expect(code).toBe(0);
		expect(io.stdout()).toMatch(/^Cách dùng: npm run import/);
		expect(io.stdout()).toMatch(/--allow-shrink/);
	});

	test('rejects an unknown scope and a scale run without --out', async () => {
		const wrong = await importCli('--scope', 'tinh');
		expect(wrong.code).toBe(1);
		expect(wrong.io.stderrLines()).toEqual([
			'lỗi: --scope: cần "department" hoặc "all", đang là "tinh"',
		]);
		const all = await importCli('--scope', 'all');
		expect(all.code).toBe(1);
		expect(all.io.stderrLines()[0]).toMatch(
			/^lỗi: --scope all: cần ghi rõ thư mục đích bằng --out/
		);
	});

	test('imports into a folder relative to the caller and sums up in Vietnamese', async () => {
		const { code, io } = await importCli('--source', 'src', '--out', 'out');
		expect(code).toBe(0);
		const summary = io.stdout();
		expect(summary).toMatch(/^Đã nhập 6 thủ tục từ 7 bản ghi nguồn, trong \d+(,\d)? giây\.$/m);
		expect(summary).toMatch(/^Tệp trong out: 6 mới, 0 không đổi, 0 khác nguồn\.$/m);
		expect(summary).toMatch(/^Bỏ qua: 0 bản ghi\.$/m);
		const again = await importCli('--source', 'src', '--out', 'out');
		expect(again.io.stdout()).toMatch(/^Tệp trong out: 0 mới, 6 không đổi, 0 khác nguồn\.$/m);
	});

	test('refuses to hollow a procedure, then writes it with --allow-shrink and warns', async () => {
		const path = join(work, 'src', 'csdl-bo-tu-phap.jsonl');
		const lines = readFileSync(path, 'utf8').split('\n');
		const record = JSON.parse(lines[0] as string) as Record<string, string>;
		lines[0] = JSON.stringify({ ...record, trinh_tu_thuc_hien: '' });
		writeFileSync(path, lines.join('\n'));
		const file = join(work, 'out', '2.000954.md');
		const before = readFileSync(file, 'utf8');

		const refused = await importCli('--source', 'src', '--out', 'out', '--write');
		expect(refused.code).toBe(1);
		expect(refused.io.stderrLines()[0]).toMatch(
			/^lỗi: out\/2\.000954\.md: sẽ mất steps \(trình tự thực hiện: \d+ bước\)$/
		);
		expect(refused.io.stderrLines()[1]).toMatch(
			/^lỗi: lần nhập này sẽ làm mất nội dung của 1 trong 6 thủ tục/
		);
		expect(readFileSync(file, 'utf8')).toBe(before);

		const allowed = await importCli('--source', 'src', '--out', 'out', '--write', '--allow-shrink');
		expect(allowed.code).toBe(0);
		expect(allowed.io.stderrLines()).toContain(
			'cảnh báo: --allow-shrink: đã chấp nhận để 1 thủ tục trên mất nội dung.'
		);
		expect(readFileSync(file, 'utf8')).toContain('steps: []');
	});

	test('shows sources outside the caller’s folder by their absolute path', async () => {
		const nowhere = `${work}-nowhere`;
		const { code, io } = await importCli('--source', nowhere, '--out', 'out');
		expect(code).toBe(1);
		expect(io.stderrLines()[0]).toBe(
			`lỗi: ${join(nowhere, 'procedures-sources.csv')}: cần tệp này, không tìm thấy`
		);
		expect(io.stderrLines().at(-1)).toBe('Không tệp nào được ghi. Sửa 3 lỗi trên rồi chạy lại.');
	});
});
