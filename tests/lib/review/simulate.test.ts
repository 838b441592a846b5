import { describe, expect, test } from 'vitest';
import { scoreRecord } from '../../../src/lib/review/score/score-record';
import { simulate } from '../../../src/lib/review/simulate';
import { simulatorProps } from '../../../src/lib/review/simulator-props';
import { mockReview, reviewContent } from '../../support/review-factory';

const content = reviewContent({
	reviews: [
		mockReview(),
		mockReview({ year: 2025, option: { action: 'abolish', summary: 'Bãi bỏ.', changes: [] } }),
	],
});

describe('simulate', () => {
	test('with every change on, gives exactly the numbers of npm run review -- score', () => {
		for (const review of content.reviews) {
			const props = simulatorProps(review.data, content.config.hourlyIncome.value);
			const scored = scoreRecord(review, content.procedures[0], content.config);
			expect(
				simulate(
					props,
					props.changes.map(() => true)
				)
			).toEqual(scored.cost);
		}
	});

	test('with every change off, saves nothing unless the procedure is abolished', () => {
		const props = simulatorProps(content.reviews[0]!.data, content.config.hourlyIncome.value);
		expect(simulate(props, [false]).saving).toBe(0);
		const abolished = simulatorProps(content.reviews[1]!.data, content.config.hourlyIncome.value);
		expect(simulate(abolished, []).savingRate).toBe(1);
		expect(simulate(abolished, [], false).saving).toBe(0);
	});

	test('passes only what it computes with to the island', () => {
		const props = simulatorProps(content.reviews[0]!.data, 47727);
		expect(props.cost.activities[0]).toEqual({ key: 'chuan-bi', name: 'Chuẩn bị hồ sơ', hours: 2 });
		expect(props.changes[0]).toMatchObject({
			kind: 'use-state-data',
			label: 'Khai thác dữ liệu sẵn có thay bản sao',
		});
		expect(JSON.stringify(props)).not.toContain('estimate');
	});
});
