import { describe, expect, test } from 'vitest';
import { evaluateOption } from '../../../src/lib/review/option-cost';
import { optionModel } from '../../../src/lib/review/score/option-model';
import { liveReview } from '../../../src/lib/workbench/live-review';
import { procedureSchema } from '../../../src/schemas/procedure';
import { reviewConfigSchema } from '../../../src/schemas/review-config';
import { reviewRecordSchema } from '../../../src/schemas/review-record';
import { mockProcedure } from '../../support/procedure-factory';
import { mockConfig, mockReview } from '../../support/review-factory';

const config = reviewConfigSchema.parse(mockConfig());
const context = {
	file: 'content/reviews/2026/1.002153.md',
	id: '1.002153',
	procedure: procedureSchema.parse(mockProcedure()),
	config,
};

describe('liveReview', () => {
	test('scores a valid record exactly as the score command does', () => {
		const input = mockReview();
		const live = liveReview(input, context);
		const expected = evaluateOption(
			optionModel(reviewRecordSchema.parse(input), config.hourlyIncome.value)
		);
		expect(live.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(live.cost).toEqual(expected);
		expect(live.score?.reasonableness).toBeLessThan(100);
	});

	test('puts each problem at its field, and still costs the option while another part is invalid', () => {
		const input = structuredClone(mockReview()) as any;
		input.option.changes[0].legalChange = {};
		input.necessity.objectives[0].text = '';
		const live = liveReview(input, context);
		expect(live.problems.map((problem) => problem.path)).toEqual(
			expect.arrayContaining([
				'option.changes[0].legalChange.document',
				'necessity.objectives[0].text',
			])
		);
		expect(live.score).toBeUndefined();
		expect(live.cost!.after.perYear).toBeLessThan(live.cost!.before.perYear);
	});

	test('checks the workflow rules as the content check does', () => {
		const live = liveReview(mockReview({ status: 'submitted' }), context);
		expect(live.problems.map((problem) => problem.path)).toContain('history');
	});
});
