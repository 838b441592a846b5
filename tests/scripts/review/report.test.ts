import {
	chmodSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeReviewProject } from '../../support/review-factory';
import { runReview, type ReviewRun } from './support/run-review';

/** Asserts a failed run: exit 1 and one `lỗi:` line. */
function expectOneLineError(run: ReviewRun, message: string) {
	expect(run.code).toBe(1);
	expect(run.stderr.trim().split('\n')).toEqual([`lỗi: ${message}`]);
}

describe('npm run review -- report', () => {
	// Renders four documents: seconds on a loaded machine.
	test('writes each format, under its usual name when --out is a folder', async () => {
		const root = writeReviewProject();
		const out = join(root, 'out');
		mkdirSync(out);
		for (const args of [
			['--format', 'docx', '--document', 'plan'],
			['--format', 'docx', '--document', 'results'],
			['--format', 'xlsx'],
			['--format', 'md'],
		]) {
			const run = await runReview(['report', '--year', '2026', ...args, '--out', 'out'], root);
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(/^đã ghi .* \([\d.]+ byte, [\d.]+ ms\): có dữ liệu mẫu\n$/);
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
	}, 300_000);

	test('writes the usual name in the caller’s folder, not the project root', async () => {
		const root = writeReviewProject();
		mkdirSync(join(root, 'here'));
		const run = await runReview(
			['report', '--year', '2026', '--format', 'md'],
			root,
			join(root, 'here')
		);
		expect(run.code).toBe(0);
		expect(readdirSync(join(root, 'here'))).toEqual(['bao-cao-ra-soat-tthc-2026.md']);
	}, 300_000);

	test('stops with one clear line on an unknown year, a bad format or a missing document', async () => {
		const root = writeReviewProject();
		expect((await runReview(['report', '--year', '2030', '--format', 'md'], root)).stderr).toMatch(
			/^lỗi: .*2030.*\n$/
		);
		expectOneLineError(
			await runReview(['report', '--year', '2026', '--format', 'pdf'], root),
			'--format cần một trong docx, xlsx, md; đang là "pdf"'
		);
		expectOneLineError(
			await runReview(['report', '--year', '2026', '--format', 'docx'], root),
			'--format docx cần --document plan, results, form hoặc decision'
		);
		expectOneLineError(
			await runReview(['report', '--year', '2026', '--format', 'md', '--document', 'plan'], root),
			'--document chỉ dùng với --format docx; tệp md có cả hai văn bản'
		);
		expect(readdirSync(root).filter((name) => /\.(docx|xlsx|md)$/.test(name))).toEqual([]);
	}, 300_000);

	test('refuses a file name whose extension does not match the format', async () => {
		const root = writeReviewProject();
		expectOneLineError(
			await runReview(
				['report', '--year', '2026', '--format', 'docx', '--document', 'plan', '--out', 'x.md'],
				root
			),
			`--out ${join(root, 'x.md')}: tệp docx cần đuôi .docx; đang là “.md”`
		);
		expectOneLineError(
			await runReview(['report', '--year', '2026', '--format', 'xlsx', '--out', 'bao-cao'], root),
			`--out ${join(root, 'bao-cao')}: tệp xlsx cần đuôi .xlsx; đang là “không có đuôi”`
		);
		expect(existsSync(join(root, 'x.md'))).toBe(false);
	});

	test('checks the path before rendering, and leaves nothing behind when it cannot be written', async () => {
		const root = writeReviewProject();
		const missing = join(root, 'no/such/dir/r.md');
		expectOneLineError(
			await runReview(['report', '--year', '2026', '--format', 'md', '--out', missing], root),
			`--out ${missing}: thư mục ${join(root, 'no/such/dir')} không tồn tại; hãy tạo thư mục trước hoặc chọn nơi khác`
		);
		const locked = join(root, 'locked');
		mkdirSync(locked);
		chmodSync(locked, 0o500);
		const run = await runReview(
			['report', '--year', '2026', '--format', 'xlsx', '--out', join(locked, 'r.xlsx')],
			root
		);
		chmodSync(locked, 0o700);
		// Root ignores permissions; the test then only shows that a write succeeds whole.
		if (run.code === 1) {
			expectOneLineError(
				run,
				`--out ${join(locked, 'r.xlsx')}: không có quyền ghi vào thư mục ${locked}`
			);
			expect(readdirSync(locked)).toEqual([]);
		} else {
			expect(readdirSync(locked)).toEqual(['r.xlsx']);
		}
	}, 300_000);

	test('replaces an older file only with a whole new one', async () => {
		const root = writeReviewProject();
		const path = join(root, 'r.md');
		writeFileSync(path, 'older');
		expect(
			(await runReview(['report', '--year', '2026', '--format', 'md', '--out', path], root)).code
		).toBe(0);
		expect(readFileSync(path, 'utf8')).toContain('# ');
		expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	}, 300_000);
});
