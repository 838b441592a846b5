import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';
import { mockProcedure, writeProcedureFiles } from '../../support/procedure-factory';
import { mockConfig, mockReview, writeContentFiles } from '../../support/review-factory';
import { projectContentDir } from '../../../src/lib/content/content-dir';

/** A project with procedure 1.002153, the review settings and the given extra files. */
function project(files: Record<string, string | object>) {
	const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
	return writeContentFiles(root, { 'content/review/config.md': mockConfig(), ...files });
}

const errors = (root: string) => checkContent(projectContentDir(root)).errors.map(formatProblem);

describe('checkContent with review content', () => {
	test('accepts valid settings, feedback and records', () => {
		const root = project({
			'content/reviews/2026/1.002153.md': mockReview(),
			'content/review/feedback/2026.md': {
				year: 2026,
				sample: true,
				source: 'Mẫu',
				counts: { '1.002153': 2 },
			},
		});
		const result = checkContent(projectContentDir(root));
		expect(result.errors).toEqual([]);
		expect(result.review.reviews).toHaveLength(1);
		expect(result.review.feedback).toHaveLength(1);
		expect(result.fileCount).toBe(4);
	});

	test('reports records of unknown procedures, and file name or folder mismatches', () => {
		const root = project({
			'content/reviews/2026/2.002039.md': mockReview({ procedure: '2.002039' }),
			'content/reviews/2025/1.002153.md': mockReview(),
		});
		expect(errors(root)).toEqual([
			'content/reviews/2025/1.002153.md:3: year: cần trùng thư mục 2025; đang là 2026',
			'content/reviews/2026/2.002039.md:2: procedure: cần một tệp thủ tục content/procedures/2.002039.md; không có tệp này',
		]);
	});

	test('keeps fees and time limits taken “from procedure” equal to the procedure file', () => {
		const review = mockReview();
		review.cost.fees![0]!.amount = 50000;
		review.cost.timeLimit = { value: 7, unit: 'working-days', from: 'procedure' };
		expect(errors(project({ 'content/reviews/2026/1.002153.md': review }))).toEqual([
			'content/reviews/2026/1.002153.md: cost.fees[0].amount: cần một mức phí của thủ tục 1.002153 (các mức: 0), hoặc đổi "from"; đang là 50000',
			'content/reviews/2026/1.002153.md: cost.timeLimit: cần một thời hạn của thủ tục 1.002153 (các thời hạn: 5 Ngày làm việc), hoặc đổi "from"; đang là 7 working-days',
		]);
	});

	test('warns about a change to a component without a finding', () => {
		const review = mockReview();
		review.option!.changes![0]!.component = 'fees';
		const result = checkContent(
			projectContentDir(project({ 'content/reviews/2026/1.002153.md': review }))
		);
		expect(result.errors).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([
			'content/reviews/2026/1.002153.md: option.changes[0].component: thay đổi Phí, lệ phí (REA.8) nhưng reasonableness.fees không ghi phát hiện nào (ok khác false): thêm phát hiện hoặc bỏ thay đổi',
		]);
	});

	test('only warns about the procedure while the catalogue is not imported yet', () => {
		const root = writeContentFiles(writeProcedureFiles({}), {
			'content/review/config.md': mockConfig(),
			'content/reviews/2026/1.002153.md': mockReview(),
		});
		const result = checkContent(projectContentDir(root));
		expect(result.errors).toEqual([]);
		expect(result.review.reviews).toHaveLength(1);
		expect(result.warnings.map(formatProblem)).toEqual([
			expect.stringContaining(
				'content/reviews/2026/1.002153.md:2: procedure: chưa có tệp thủ tục content/procedures/1.002153.md'
			),
		]);
	});

	test('requires the settings once there are records', () => {
		const root = writeContentFiles(writeProcedureFiles({ '1.002153.md': mockProcedure() }), {
			'content/reviews/2026/1.002153.md': mockReview(),
		});
		expect(errors(root)).toContain(
			'content/review/config.md: cần tệp cài đặt rà soát (tỷ lệ, trọng số, thu nhập bình quân, chỉ tiêu) cho các hồ sơ rà soát; đang thiếu'
		);
	});

	test('checks the feedback year against the file name', () => {
		const root = project({
			'content/review/feedback/2026.md': { year: 2025, source: 'Mẫu', counts: {} },
		});
		expect(errors(root)).toEqual([
			'content/review/feedback/2026.md:2: year: cần trùng tên tệp "2026.md"; đang là 2025',
		]);
	});

	test('warns about feedback for unknown procedures', () => {
		const root = project({
			'content/review/feedback/2026.md': { year: 2026, source: 'Mẫu', counts: { '9.999999': 1 } },
		});
		const result = checkContent(projectContentDir(root));
		expect(result.errors).toEqual([]);
		expect(result.review.feedback).toHaveLength(1);
		expect(result.warnings.map(formatProblem)).toEqual([
			'content/review/feedback/2026.md:5: counts.9.999999: không có tệp thủ tục content/procedures/9.999999.md',
		]);
	});

	test('reports a review of a procedure whose own file is invalid only through that file', () => {
		const root = project({ 'content/reviews/2026/1.002153.md': mockReview() });
		writeContentFiles(root, { 'content/procedures/1.002153.md': mockProcedure({ name: '' }) });
		const lines = errors(root);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^content\/procedures\/1\.002153\.md:\d+: name: /);
	});
});
