import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { escapeRegExp, snapshotFolder } from '../../support/folder-snapshot';
import { writeReviewProject } from '../../support/review-factory';
import { runReview } from './support/run-review';

interface BadCliCase {
	name: string;
	project: 'review' | 'dossiers';
	files: string[];
	mkdir?: string[];
	args: string[];
	exit: number;
	stream?: 'stdout' | 'stderr';
	message: string;
}

const corpus = join(import.meta.dirname, '../../fixtures/bad/cli');
const { cases } = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as {
	cases: BadCliCase[];
};
const projects: Record<BadCliCase['project'], string> = {
	review: '',
	dossiers: join(import.meta.dirname, '../../fixtures/dossiers'),
};
beforeAll(() => {
	projects.review = writeReviewProject();
});

describe('npm run review on the bad-input corpus of cost files, paths and options', () => {
	test('has at least 8 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(8);
	});

	test.each(cases)('$name: exit $exit with one clear message', async (item) => {
		const dir = mkdtempSync(join(tmpdir(), 'bad-cli-'));
		for (const file of item.files) copyFileSync(join(corpus, file), join(dir, file));
		for (const folder of item.mkdir ?? []) mkdirSync(join(dir, folder));
		const before = snapshotFolder(dir);
		const run = await runReview(item.args, projects[item.project], dir);
		expect(run.code).toBe(item.exit);
		const pattern = new RegExp(item.message.replaceAll('{dir}', escapeRegExp(dir)));
		expect(item.stream === 'stdout' ? run.stdout : run.stderr).toMatch(pattern);
		expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
		if (item.exit !== 0) {
			expect(run.stdout).toBe('');
			expect(run.stderr.split('\n').filter((line) => line.startsWith('lỗi: '))).toHaveLength(1);
		}
		expect(snapshotFolder(dir)).toEqual(before);
	});
});
