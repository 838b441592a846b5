import { describe, expect, test } from 'vitest';
import { readinessProblems } from '../../../../src/lib/review/workflow/readiness';
import { reviewRecordSchema, type ReviewRecordInput } from '../../../../src/schemas/review-record';
import { mockReview } from '../../../support/review-factory';

const file = 'content/reviews/2026/1.002153.md';

function problems(input: ReviewRecordInput): string[] {
	return readinessProblems(file, reviewRecordSchema.parse(input), 47727).map(
		(problem) => `${problem.path}: ${problem.message}`
	);
}

describe('readinessProblems', () => {
	test('lets a draft leave questions open and the option unwritten', () => {
		const draft = mockReview({ status: 'draft' });
		draft.reasonableness.name = {};
		delete draft.option.summary;
		expect(problems(draft)).toEqual([]);
	});

	test('asks a submitted review for every answer, the option and a cost', () => {
		const review = mockReview({ status: 'submitted' });
		review.reasonableness.name = {};
		review.reasonableness.documents = { ok: true, items: [{ item: 'Bản sao hợp đồng lao động' }] };
		delete review.option.summary;
		review.cost = { ...review.cost, activities: [], otherCosts: [], fees: [] };
		review.option.changes = [];
		expect(problems(review)).toEqual([
			'reasonableness.name.ok: trạng thái submitted (Đã trình) cần câu trả lời cho Tên thủ tục (REA.1)',
			'reasonableness.documents.items[0].ok: trạng thái submitted (Đã trình) cần câu trả lời cho “Bản sao hợp đồng lao động”',
			'option.summary: trạng thái submitted (Đã trình) cần phương án đơn giản hóa (tóm tắt phương án)',
			expect.stringMatching(/^cost: .* cần chi phí tuân thủ mỗi lần thực hiện/),
		]);
	});

	test('asks an adopted review for the decision that adopted it', () => {
		expect(problems(mockReview({ status: 'adopted' }))).toEqual([
			'decision: trạng thái adopted (Đã thông qua phương án) cần số, ngày của quyết định thông qua phương án',
		]);
		expect(
			problems(mockReview({ status: 'adopted', decision: 'Quyết định số 12/QĐ-UBND' }))
		).toEqual([]);
	});
});
