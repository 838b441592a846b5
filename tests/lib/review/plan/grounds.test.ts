import { describe, expect, test } from 'vitest';
import {
	groundRules,
	type GroundContext,
	type ProcedureFacts,
} from '../../../../src/lib/review/plan/grounds';

const context: GroundContext = {
	year: 2027,
	coverageYears: 4,
	longTimeLimitDays: 10,
	dossierYears: '2026',
	feedbackYear: 2026,
	feedbackSample: false,
	dossierSample: true,
	medianCostFactor: 0.4,
};
const maxima = { received: 1000, feedback: 10, yearlyCost: 1_000_000, sheets: 20 };
const facts: ProcedureFacts = {
	id: '1.000001',
	name: 'Thủ tục',
	field: 'Luật sư',
	burden: { papers: 2, sheets: 4 },
	newLegalDocuments: [],
};

describe('groundRules', () => {
	test('counts a long time limit as half a ground when handling times are unknown', () => {
		const value = groundRules.timeSlack(
			{ ...facts, timeLimit: { value: 30, unit: 'days', days: 30 } },
			maxima,
			context
		);
		expect(value).toEqual({
			factor: 0.5,
			text: 'Thời hạn giải quyết dài: 30 ngày (từ 10 ngày trở lên; chưa có thời gian giải quyết thực tế)',
		});
		expect(
			groundRules.timeSlack(
				{ ...facts, timeLimit: { value: 5, unit: 'days', days: 5 } },
				maxima,
				context
			)
		).toBeUndefined();
	});

	test('gives procedures without a cost estimate the median, without a ground to print', () => {
		expect(groundRules.yearlyCost(facts, maxima, context)).toEqual({ factor: 0.4 });
		expect(
			groundRules.yearlyCost(
				{ ...facts, yearlyCost: { value: 1_000_000, year: 2026 } },
				maxima,
				context
			)
		).toEqual({
			factor: 1,
			text: 'Chi phí tuân thủ ước tính 1.000.000 đ/năm (rà soát năm 2026)',
		});
	});

	test('scales volume on a log scale and marks sample dossier data', () => {
		const value = groundRules.volume(
			{ ...facts, dossiers: { received: 31, finished: 31, late: 0 } },
			maxima,
			context
		);
		expect(value!.factor).toBeCloseTo(Math.log(32) / Math.log(1001), 10);
		expect(value!.text).toBe('Nhiều hồ sơ: 31 hồ sơ năm 2026 (dữ liệu mẫu)');
	});

	test('caps the years since the last review at the coverage years', () => {
		expect(
			groundRules.yearsSinceReview({ ...facts, lastReviewYear: 2020 }, maxima, context)!.factor
		).toBe(1);
		expect(
			groundRules.yearsSinceReview({ ...facts, lastReviewYear: 2025 }, maxima, context)!.factor
		).toBe(0.5);
	});
});
