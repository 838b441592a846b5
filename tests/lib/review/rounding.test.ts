import { describe, expect, test } from 'vitest';
import { ceilShare, cleanHours, roundHalfUp } from '../../../src/lib/review/rounding';

describe('roundHalfUp', () => {
	test('rounds halves up, also after float noise', () => {
		expect(roundHalfUp(71590.5)).toBe(71591);
		expect(roundHalfUp(1.005 * 1000)).toBe(1005);
		expect(roundHalfUp(214771.49)).toBe(214771);
	});
});

describe('ceilShare', () => {
	test('rounds a share up without float noise', () => {
		expect(ceilShare(0.3, 10)).toBe(3);
		expect(ceilShare(0.3, 157)).toBe(48);
		expect(ceilShare(0.3, 0)).toBe(0);
	});
});

describe('cleanHours', () => {
	test('removes float noise from sums of hours', () => {
		expect(cleanHours(0.1 + 0.2)).toBe(0.3);
	});
});
