import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { codeRoot, launch } from '../../support/launcher';

/**
 * The few tests that start real processes, through the launcher `npm run` uses: that each entry
 * point runs as a script, and that `npm run -s` gives clean JSON and the caller’s folder.
 * Everything else runs `main` in-process. The first start may bundle the CLI (a few seconds on a
 * loaded two-core machine): hence the timeouts.
 */
const run = promisify(execFile);
const root = codeRoot;
const env = { ...process.env, DEBUG: '' };
const timeout = 600_000;

describe('the entry points, started as processes', () => {
	test(
		'each script shows its Vietnamese help and exits 0',
		async () => {
			const commands = [
				'review',
				'check',
				'import',
				'workbench',
				'samples-dossiers',
				'check-docx',
				'bench-dossiers',
				'bench-review',
			];
			const results = await Promise.all(
				commands.map((name) => run(...launch(name, '--help'), { cwd: root, env, timeout }))
			);
			for (const { stdout, stderr } of results) {
				expect(stdout).toMatch(/^Cách dùng: /);
				expect(stderr).toBe('');
			}
		},
		timeout
	);

	test(
		'npm run -s review -- plan --json prints JSON alone on stdout, for a pipe',
		async () => {
			const { stdout } = await run(
				'npm',
				['run', '-s', 'review', '--', 'plan', '--year', '2027', '--json'],
				{
					cwd: root,
					env,
					timeout,
				}
			);
			const plan = JSON.parse(stdout);
			expect(plan.year).toBe(2027);
			expect(plan.selected.length).toBeGreaterThanOrEqual(plan.required);
		},
		timeout
	);

	test(
		'a relative --input resolves from the folder npm was started in (INIT_CWD)',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'tthc-init-cwd-'));
			writeFileSync(
				join(dir, 'before.json'),
				'{"hourlyIncome": 0, "fees": 250000, "timesPerYear": 12, "subjectsPerYear": 325000}'
			);
			const { stdout } = await run(
				'npm',
				['--prefix', root, 'run', '-s', 'review', '--', 'cost', '--input', 'before.json', '--json'],
				{ cwd: dir, env, timeout }
			);
			expect(JSON.parse(stdout)).toMatchObject({ perCase: 250000, perYear: 975_000_000_000 });
		},
		timeout
	);

	test(
		'a failing run prints one lỗi line, no stack, and exits 1',
		async () => {
			const failure = await run(...launch('review', 'plan', '--year', '27'), {
				cwd: root,
				env,
				timeout,
			}).catch((error: { code: number; stdout: string; stderr: string }) => error);
			expect(failure).toMatchObject({ code: 1, stdout: '' });
			expect((failure as { stderr: string }).stderr).toBe(
				'lỗi: --year cần một năm bốn chữ số, ví dụ 2027; đang là "27"\n'
			);
		},
		timeout
	);
});
