import { describe, expect, test } from 'vitest';
import {
	applyEffects,
	evaluateOption,
	toScmInput,
	type CostModel,
} from '../../../src/lib/review/option-cost';

const cost: CostModel = {
	activities: [
		{ key: 'chuan-bi', name: 'Chuẩn bị', hours: 2 },
		{ key: 'di-lai', name: 'Đi lại', hours: 1.5 },
	],
	fees: [{ key: 'le-phi', name: 'Lệ phí', amount: 50_000 }],
	otherCosts: [{ key: 'chung-thuc', name: 'Chứng thực', amount: 4_000 }],
	dossiersPerYear: { value: 40 },
	timeLimit: { value: 10, unit: 'working-days' },
};
const none = { hours: {}, fees: {}, otherCosts: {} };

describe('toScmInput', () => {
	test('uses dossiers per year as f × N', () => {
		const input = toScmInput(cost, 40_000);
		expect(input.timesPerYear).toBe(1);
		expect(input.subjectsPerYear).toBe(40);
		expect(input.fees).toBe(50_000);
	});

	test('uses f and N when both are given', () => {
		const input = toScmInput(
			{
				...cost,
				dossiersPerYear: undefined,
				timesPerYear: { value: 12 },
				subjectsPerYear: { value: 5 },
			},
			1
		);
		expect([input.timesPerYear, input.subjectsPerYear]).toEqual([12, 5]);
	});
});

describe('applyEffects', () => {
	test('adds the savings of several changes on the same line', () => {
		const after = applyEffects(cost, [
			{ ...none, hours: { 'chuan-bi': 0.5 } },
			{ ...none, hours: { 'chuan-bi': 1 }, timeLimit: 3 },
		]);
		expect(after.activities[0]!.hours).toBe(0.5);
		expect(after.timeLimit?.value).toBe(7);
	});

	test('never goes below zero', () => {
		const after = applyEffects(cost, [{ ...none, fees: { 'le-phi': 80_000 } }]);
		expect(after.fees[0]!.amount).toBe(0);
	});

	test('cuts executions per year when f is given', () => {
		const base = {
			...cost,
			dossiersPerYear: undefined,
			timesPerYear: { value: 12 },
			subjectsPerYear: { value: 5 },
		};
		expect(applyEffects(base, [{ ...none, timesPerYear: 8 }]).timesPerYear?.value).toBe(4);
	});
});

describe('evaluateOption', () => {
	test('costs the switched-on changes and the hours they save', () => {
		const result = evaluateOption({
			hourlyIncome: 40_000,
			cost,
			action: 'simplify',
			effects: [{ ...none, hours: { 'di-lai': 1.5 }, otherCosts: { 'chung-thuc': 4_000 } }],
		});
		expect(result.before.perCase).toBe(194_000);
		expect(result.after.perCase).toBe(130_000);
		expect(result.saving).toBe(64_000 * 40);
		expect(result.hoursSaved).toEqual({ perCase: 1.5, perYear: 60 });
	});

	test('saves the whole cost when the procedure is abolished', () => {
		const result = evaluateOption({ hourlyIncome: 40_000, cost, action: 'abolish', effects: [] });
		expect(result.after.perYear).toBe(0);
		expect(result.savingRate).toBe(1);
		expect(result.timeLimit).toMatchObject({ before: 10, after: 0, cutRate: 1 });
	});

	test('reports the time limit cut as a share', () => {
		const result = evaluateOption({
			hourlyIncome: 1,
			cost,
			action: 'simplify',
			effects: [{ ...none, timeLimit: 3 }],
		});
		expect(result.timeLimit).toEqual({ unit: 'working-days', before: 10, after: 7, cutRate: 0.3 });
	});
});
