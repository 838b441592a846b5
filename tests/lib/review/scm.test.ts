import { describe, expect, test } from 'vitest';
import { compareScm, computeScm, savingRate, type ScmInput } from '../../../src/lib/review/scm';

const billion = 1_000_000_000;

/** A cost input with no time cost; override any field. */
function input(overrides: Partial<ScmInput> = {}): ScmInput {
	return {
		hourlyIncome: 0,
		activities: [],
		fees: 0,
		otherCosts: [],
		timesPerYear: 1,
		subjectsPerYear: 1,
		...overrides,
	};
}

describe('computeScm', () => {
	test('reproduces the tax-reporting example of Đề án 30: 250,000 đ × 12 × 325,000 = 975 tỷ', () => {
		const result = computeScm(input({ fees: 250_000, timesPerYear: 12, subjectsPerYear: 325_000 }));
		expect(result.perCase).toBe(250_000);
		expect(result.perYear).toBe(975 * billion);
	});

	test('adds time cost, fees and other costs per case', () => {
		const result = computeScm(
			input({
				hourlyIncome: 40_000,
				activities: [
					{ name: 'Chuẩn bị', hours: 2 },
					{ name: 'Đi lại', hours: 1.5 },
				],
				fees: 50_000,
				otherCosts: [{ name: 'Chứng thực', amount: 4_000 }],
				subjectsPerYear: 10,
			})
		);
		expect(result).toEqual({
			hours: 3.5,
			timeCost: 140_000,
			perCase: 194_000,
			perYear: 1_940_000,
			hoursPerYear: 35,
		});
	});

	test('rounds half up only at the end, so the year is not the rounded case times the volume', () => {
		const result = computeScm(
			input({ hourlyIncome: 47_727, activities: [{ name: 'A', hours: 1.5 }], subjectsPerYear: 3 })
		);
		expect(result.timeCost).toBe(71_591);
		expect(result.perCase).toBe(71_591);
		expect(result.perYear).toBe(214_772);
	});

	test('keeps decimal hours free of float noise', () => {
		const result = computeScm(
			input({
				activities: [
					{ name: 'A', hours: 0.1 },
					{ name: 'B', hours: 0.2 },
				],
			})
		);
		expect(result.hours).toBe(0.3);
	});
});

describe('compareScm', () => {
	test('cutting the tax report to 4 times a year saves 650 tỷ, 66.7%', () => {
		const before = computeScm(input({ fees: 250_000, timesPerYear: 12, subjectsPerYear: 325_000 }));
		const after = computeScm(input({ fees: 250_000, timesPerYear: 4, subjectsPerYear: 325_000 }));
		const comparison = compareScm(before, after);
		expect(comparison.after.perYear).toBe(325 * billion);
		expect(comparison.saving).toBe(650 * billion);
		expect(comparison.savingRate).toBeCloseTo(0.6667, 4);
	});

	test('takes the saving from the rounded yearly costs so before − after = saving', () => {
		const before = computeScm(
			input({ hourlyIncome: 47_727, activities: [{ name: 'A', hours: 1.5 }], subjectsPerYear: 3 })
		);
		const after = computeScm(
			input({ hourlyIncome: 47_727, activities: [{ name: 'A', hours: 0.5 }], subjectsPerYear: 3 })
		);
		const { saving } = compareScm(before, after);
		expect(saving).toBe(before.perYear - after.perYear);
	});
});

describe('savingRate', () => {
	test('returns 0 when nothing cost anything before', () => {
		expect(savingRate(0, 0)).toBe(0);
	});
});
