import { describe, expect, test } from 'vitest';
import { percentile } from '../../../src/lib/bench/percentile';

describe('percentile', () => {
	test('returns the nearest-rank sample', () => {
		const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
		expect(percentile(samples, 0.5)).toBe(10);
		expect(percentile(samples, 0.95)).toBe(19);
		expect(percentile(samples, 1)).toBe(20);
	});

	test('returns the smallest sample for share 0 and the only one for one sample', () => {
		expect(percentile([3, 1, 2], 0)).toBe(1);
		expect(percentile([7], 0.95)).toBe(7);
	});

	test('returns NaN without samples', () => {
		expect(percentile([], 0.5)).toBeNaN();
	});
});
