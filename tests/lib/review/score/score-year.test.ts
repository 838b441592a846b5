import { describe, expect, test } from 'vitest';
import { scoreYear } from '../../../../src/lib/review/score/score-year';
import { mockProcedure } from '../../../support/procedure-factory';
import { mockConfig, mockReview, reviewContent } from '../../../support/review-factory';

const procedures = [
	mockProcedure(),
	mockProcedure({
		code: '2.002039',
		name: 'Nhập quốc tịch Việt Nam ở trong nước',
		field: 'Quốc tịch',
	}),
];

describe('scoreYear', () => {
	test('scores the records of the year only, by id', () => {
		const content = reviewContent({
			procedures,
			reviews: [mockReview({ procedure: '2.002039' }), mockReview(), mockReview({ year: 2025 })],
		});
		const scores = scoreYear(content, 2026);
		expect(scores.records.map((record) => record.id)).toEqual(['1.002153', '2.002039']);
		expect(scores.records[1]).toMatchObject({
			name: 'Nhập quốc tịch Việt Nam ở trong nước',
			field: 'Quốc tịch',
		});
		expect(scores.sample).toBe(true);
	});

	test('gives the cost before and after of each record with W from the settings', () => {
		const [record] = scoreYear(
			reviewContent({ procedures, reviews: [mockReview()] }),
			2026
		).records;
		// (2 + 1.5) h × 47,727 + 0 + 4,000 = 171,044.5 → 171,045; after 3 h × 47,727 = 143,181.
		expect(record!.cost.before.perCase).toBe(171_045);
		expect(record!.cost.after.perCase).toBe(143_181);
		expect(record!.cost.before.perYear).toBe(6_841_780);
		expect(record!.recommendation).toBe('simplify');
	});

	test('adds up savings weighted by cost, never the mean of the rates', () => {
		const big = mockReview({
			procedure: '2.002039',
			cost: { ...mockReview().cost, dossiersPerYear: { value: 4000, from: 'estimate' } },
		});
		const abolished = mockReview({
			option: { action: 'abolish', summary: 'Bãi bỏ.', changes: [] },
		});
		const scores = scoreYear(reviewContent({ procedures, reviews: [big, abolished] }), 2026);
		const [first, second] = scores.records;
		expect(scores.totals.saving).toBe(first!.cost.saving + second!.cost.saving);
		expect(scores.totals.savingRate).toBeCloseTo(scores.totals.saving / scores.totals.before, 10);
		expect(scores.totals.savingRate).not.toBeCloseTo(
			(first!.cost.savingRate + second!.cost.savingRate) / 2,
			2
		);
	});

	test('checks the cost, count and time targets', () => {
		const config = mockConfig({
			targets: {
				cost: { share: 0.2, basis: 'NQ 68' },
				count: { share: 0.2, basis: 'NQ 68' },
				time: { share: 0.5, basis: 'NQ 66' },
			},
		});
		const abolished = mockReview({
			option: { action: 'abolish', summary: 'Bãi bỏ.', changes: [] },
		});
		const { targets } = scoreYear(
			reviewContent({ procedures, config, reviews: [abolished] }),
			2026
		);
		expect(targets.cost).toMatchObject({ achieved: 1, met: true });
		expect(targets.count).toMatchObject({ achieved: 1, met: true });
		expect(targets.time).toMatchObject({ achieved: 1, met: true });
	});

	test('returns empty totals for a year without reviews', () => {
		const scores = scoreYear(reviewContent({ procedures }), 2030);
		expect(scores.records).toEqual([]);
		expect(scores.totals.savingRate).toBe(0);
	});
});
