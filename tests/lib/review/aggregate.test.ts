import { describe, expect, test } from 'vitest';
import { aggregateCosts } from '../../../src/lib/review/aggregate';

const billion = 1_000_000_000;

describe('aggregateCosts', () => {
	test('reproduces the Hà Nội aggregate: 2,306 → 654 tỷ saves 1,652 tỷ = 71.64%', () => {
		const totals = aggregateCosts([
			{ before: 2_000 * billion, after: 500 * billion },
			{ before: 306 * billion, after: 154 * billion },
		]);
		expect(totals.before).toBe(2_306 * billion);
		expect(totals.after).toBe(654 * billion);
		expect(totals.saving).toBe(1_652 * billion);
		expect(totals.savingRate).toBeCloseTo(0.7164, 4);
	});

	test('weights by cost instead of averaging the rates', () => {
		const items = [
			{ before: 2_000 * billion, after: 500 * billion },
			{ before: 306 * billion, after: 154 * billion },
		];
		const meanOfRates =
			items.reduce((sum, item) => sum + (item.before - item.after) / item.before, 0) / items.length;
		expect(meanOfRates).toBeCloseTo(0.623, 3);
		expect(aggregateCosts(items).savingRate).not.toBeCloseTo(meanOfRates, 2);
	});

	test('returns zeros for no procedures', () => {
		expect(aggregateCosts([])).toEqual({ before: 0, after: 0, saving: 0, savingRate: 0 });
	});
});
