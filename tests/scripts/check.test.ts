import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/check';
import { runMain } from '../../src/lib/cli/run';
import { bufferIo } from '../support/cli-io';
import { launch } from '../support/launcher';
import { mockProcedure, writeProcedureFiles } from '../support/procedure-factory';

/** Runs `npm run check` in-process in a project root; returns its exit code and output. */
async function check(root: string, ...args: string[]) {
	const { io, stdout, stderr } = bufferIo(root);
	const code = await runMain(main, args, io);
	return { code, stdout: stdout(), stderr: stderr() };
}

describe('npm run check', () => {
	test('exits 0 and counts warnings on valid content', async () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({
				flags: [{ code: 'fee-missing', path: 'channels[0].fees', message: 'Chưa có mức phí.' }],
			}),
		});
		const { code, stdout, stderr } = await check(root);
		expect(code).toBe(0);
		expect(stderr).toBe(
			'cảnh báo: content/procedures/1.002153.md: channels[0].fees: [fee-missing] Chưa có mức phí.\n'
		);
		expect(stdout).toBe('\nĐã kiểm tra 1 tệp nội dung: 0 lỗi, 1 cảnh báo ở 1 tệp.\n');
	});

	test('exits 1 with one friendly line per error and no stack trace', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: '' }) });
		const { code, stderr, stdout } = await check(root, '--quiet');
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/^lỗi: content\/procedures\/1\.002153\.md:\d+: name: cần một đoạn chữ, không để trống; đang là ""\n$/
		);
		expect(stdout).toContain('1 lỗi, 0 cảnh báo');
	});

	test('prints only errors with --quiet', async () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({
				flags: [{ code: 'fee-missing', path: 'channels[0].fees', message: 'Chưa có mức phí.' }],
			}),
		});
		const { code, stderr, stdout } = await check(root, '--quiet');
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toContain('1 cảnh báo ở 1 tệp');
	});

	test('prints the usage in Vietnamese with --help', async () => {
		const { code, stdout } = await check(writeProcedureFiles({}), '--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Cách dùng: npm run check/);
	});

	test('rejects an unknown option with the usage', async () => {
		const { code, stderr } = await check(writeProcedureFiles({}), '--frobnicate');
		expect(code).toBe(1);
		expect(stderr).toContain('Cách dùng: npm run check');
	});

	test('runs as a script: one line per error, exit code 1, no stack trace', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: '' }) });
		const result = spawnSync(...launch('check'), { cwd: root, encoding: 'utf8', timeout: 60_000 });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^lỗi: content\/procedures\/1\.002153\.md:\d+: name: /);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(result.stdout).toContain('Đã kiểm tra 1 tệp nội dung: 1 lỗi');
	}, 60_000);
});
