import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { escapeRegExp, snapshotFolder } from '../../support/folder-snapshot';
import { runReview } from './support/run-review';

interface BadDossierCase {
	file: string;
	exit: number;
	message: string;
	counted?: number;
	rejected?: number;
}

const corpus = join(import.meta.dirname, '../../fixtures/bad/dossiers');
const project = join(import.meta.dirname, '../../fixtures/dossiers');
const { cases } = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as {
	cases: BadDossierCase[];
};

/** Lines after the header that are not blank: each must come back as a counted or rejected row. */
function dataLines(bytes: Buffer): number {
	const filled = bytes
		.toString('utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
	return Math.max(0, filled.length - 1);
}

describe('review dossiers on the bad-input corpus', () => {
	test('has at least 12 cases, each with its file', () => {
		expect(cases.length).toBeGreaterThanOrEqual(12);
	});

	test.each(cases)('$file: exit $exit with a message naming the file and line', async (item) => {
		const dir = mkdtempSync(join(tmpdir(), 'bad-dossiers-'));
		const input = join(dir, item.file);
		copyFileSync(join(corpus, item.file), input);
		const before = snapshotFolder(dir);
		const run = await runReview(
			['dossiers', '--input', item.file, '--out', 'stats.json'],
			project,
			dir
		);
		expect(run.code).toBe(item.exit);
		expect(run.stderr).toMatch(new RegExp(item.message.replaceAll('{file}', escapeRegExp(input))));
		expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
		if (item.exit !== 0) {
			expect(run.stderr.split('\n').filter((line) => line.startsWith('lỗi: '))).toHaveLength(1);
			expect(snapshotFolder(dir)).toEqual(before);
			return;
		}
		expect(snapshotFolder(dir)[item.file]).toBe(before[item.file]);
		const stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8'));
		expect({ counted: stats.received, rejected: stats.rejectedTotal }).toEqual({
			counted: item.counted,
			rejected: item.rejected,
		});
		expect(stats.rows).toBe(dataLines(readFileSync(input)));
		const rejects = parse(readFileSync(join(dir, 'stats.rejects.csv'))) as string[][];
		expect(rejects).toHaveLength(item.rejected! + 1);
		// No cell a spreadsheet would run as a formula.
		expect(rejects.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
	});
});
