import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mockProcedure, writeProcedureFiles } from '../support/procedure-factory';

const tsx = resolve('node_modules/.bin/tsx');
const script = resolve('scripts/check.ts');

/** Runs `npm run check` in a project root and returns what it printed and its exit code. */
function check(root: string, ...args: string[]) {
	const result = spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
	test('exits 0 and counts warnings on valid content', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({
				flags: [{ code: 'fee-missing', path: 'channels[0].fees', message: 'Chưa có mức phí.' }],
			}),
		});
		const { code, stdout, stderr } = check(root);
		expect(code).toBe(0);
		expect(stderr).toContain(
			'warning: content/procedures/1.002153.md: channels[0].fees: [fee-missing]'
		);
		expect(stdout).toContain('0 error(s), 1 warning(s) in 1 file(s)');
	});

	test('exits 1 with one friendly line per error and no stack trace', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: '' }) });
		const { code, stderr } = check(root, '--quiet');
		expect(code).toBe(1);
		expect(stderr).toContain(
			'error: content/procedures/1.002153.md: name: expected some text, got an empty value'
		);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	test('rejects an unknown option with the usage', () => {
		const { code, stderr } = check(writeProcedureFiles({}), '--frobnicate');
		expect(code).toBe(1);
		expect(stderr).toContain('Usage: npm run check');
	});
});
