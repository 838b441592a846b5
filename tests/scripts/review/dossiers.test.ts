import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { runReview } from './support/run-review';

const project = join(import.meta.dirname, '../../fixtures/dossiers');
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dossiers-cli-'));
});

describe('review dossiers', () => {
	test('prints the JSON of the issue, the rejects with file and line, and writes the rejects file', () => {
		const input = join(dir, 'export.csv');
		copyFileSync(join(project, 'bad-rows.csv'), input);
		const run = runReview(['dossiers', '--input', input, '--json'], project);
		expect(run.status).toBe(0);
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
		expect(json.rejected[0]).toEqual({ line: 3, reason: 'unknown procedure code "9.999999"' });
		expect(json.byProcedure).toEqual([
			expect.objectContaining({ id: '1.000390', received: 2, finished: 2, late: 2, avgDays: 9 }),
			expect.objectContaining({ id: '2.002039', received: 1, finished: 1, late: 0, avgDays: 8 }),
		]);
		expect(run.stderr).toContain(`rejected: ${input}:3: unknown procedure code "9.999999"`);
		expect(run.stderr).toContain(`all listed in ${join(dir, 'export.rejects.csv')}`);
		expect(readFileSync(join(dir, 'export.rejects.csv'), 'utf8').split('\n')[1]).toMatch(/^3,/);
	});

	test('writes --out and puts the rejects file beside it', () => {
		const out = join(dir, 'stats.json');
		const run = runReview(
			['dossiers', '--input', join(project, 'bad-rows.csv'), '--out', out],
			project
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('3 counted, 5 rejected');
		expect(JSON.parse(readFileSync(out, 'utf8')).received).toBe(3);
		expect(existsSync(join(dir, 'stats.rejects.csv'))).toBe(true);
	});

	test('exits 1 with one clear message for a missing file, and writes nothing', () => {
		const out = join(dir, 'stats.json');
		const run = runReview(['dossiers', '--input', join(dir, 'nope.csv'), '--out', out], project);
		expect(run.status).toBe(1);
		expect(run.stderr.trim()).toBe(`error: cannot read ${join(dir, 'nope.csv')}: no such file`);
		expect(readdirSync(dir)).toEqual([]);
	});

	test('exits 1 for a wrong header, naming the file and line, and writes nothing', () => {
		const out = join(dir, 'stats.json');
		const run = runReview(
			['dossiers', '--input', join(project, 'wrong-header.csv'), '--out', out],
			project
		);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/^error: .*wrong-header\.csv: line 1: the header is wrong/);
		expect(run.stdout).toBe('');
		expect(readdirSync(dir)).toEqual([]);
	});

	test('exits 1 without --input or with a bad option value', () => {
		expect(runReview(['dossiers'], project).stderr).toContain('--input <file.csv> is required');
		const run = runReview(['dossiers', '--input', 'x.csv', '--rate-base', 'all'], project);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('--rate-base must be "finished" or "received"');
	});

	test('shows its help', () => {
		const run = runReview(['dossiers', '--help'], project);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Usage: npm run review -- dossiers --input <file.csv>');
	});
});
