import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeReviewProject } from '../../support/review-factory';
import { runReview } from './support/run-review';

/** Asserts a failed run: exit 1 and one `error:` line. */
function expectOneLineError(run: ReturnType<typeof runReview>, message: string) {
	expect(run.status).toBe(1);
	expect(run.stderr.trim().split('\n')).toEqual([`error: ${message}`]);
}

describe('npm run review -- report', () => {
	test('writes each format, under its usual name when --out is a folder', () => {
		const root = writeReviewProject();
		const out = join(root, 'out');
		mkdirSync(out);
		for (const args of [
			['--format', 'docx', '--document', 'plan'],
			['--format', 'docx', '--document', 'results'],
			['--format', 'xlsx'],
			['--format', 'md'],
		]) {
			const run = runReview(['report', '--year', '2026', ...args, '--out', out], root);
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
			expect(run.stdout).toMatch(/^wrote .* bytes in \d+ ms\): contains sample data\n$/);
		}
		expect(readdirSync(out).sort()).toEqual([
			'bao-cao-ket-qua-ra-soat-tthc-2026.docx',
			'bao-cao-ra-soat-tthc-2026.md',
			'ke-hoach-ra-soat-tthc-2026.docx',
			'so-lieu-ra-soat-tthc-2026.xlsx',
		]);
		expect(
			readFileSync(join(out, 'ke-hoach-ra-soat-tthc-2026.docx')).subarray(0, 2).toString()
		).toBe('PK');
		expect(readFileSync(join(out, 'bao-cao-ra-soat-tthc-2026.md'), 'utf8')).toContain(
			'# BÁO CÁO: Kết quả rà soát'
		);
	});

	test('stops with one clear line on an unknown year, a bad format or a missing document', () => {
		const root = writeReviewProject();
		expectOneLineError(
			runReview(['report', '--year', '2030', '--format', 'md'], root),
			'no plan or review for 2030: reports exist for 2026, 2027'
		);
		expectOneLineError(
			runReview(['report', '--year', '2026', '--format', 'pdf'], root),
			'--format must be one of docx, xlsx, md, got "pdf"'
		);
		expectOneLineError(
			runReview(['report', '--year', '2026', '--format', 'docx'], root),
			'--format docx needs --document plan or --document results'
		);
		expectOneLineError(
			runReview(['report', '--year', '2027', '--format', 'docx', '--document', 'results'], root),
			'no review record for 2027 yet: only the plan can be printed (--document plan)'
		);
		expect(readdirSync(root).filter((name) => /\.(docx|xlsx|md)$/.test(name))).toEqual([]);
	});

	test('leaves nothing behind when the path cannot be written', () => {
		const root = writeReviewProject();
		expectOneLineError(
			runReview(
				['report', '--year', '2026', '--format', 'md', '--out', join(root, 'no/such/dir/r.md')],
				root
			),
			`cannot write ${join(root, 'no/such/dir/r.md')}: its folder does not exist`
		);
		const locked = join(root, 'locked');
		mkdirSync(locked);
		chmodSync(locked, 0o500);
		const run = runReview(
			['report', '--year', '2026', '--format', 'xlsx', '--out', join(locked, 'r.xlsx')],
			root
		);
		chmodSync(locked, 0o700);
		// Root ignores permissions; the test then only shows that a write succeeds whole.
		if (run.status === 1) {
			expectOneLineError(run, `cannot write ${join(locked, 'r.xlsx')}: permission denied`);
			expect(readdirSync(locked)).toEqual([]);
		} else {
			expect(existsSync(join(locked, 'r.xlsx'))).toBe(true);
			expect(readdirSync(locked)).toEqual(['r.xlsx']);
		}
	});

	test('explains itself with --help', () => {
		const run = runReview(['report', '--help'], writeReviewProject());
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(
			'Usage: npm run review -- report --year <Y> --format docx|xlsx|md'
		);
	});
});
