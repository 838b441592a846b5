import type { OptionAction } from '../../schemas/simplification-option';
import type { TimeUnit } from '../../schemas/time-limit';
import { cleanHours } from './rounding';
import { compareScm, computeScm, zeroScm, type ScmInput, type ScmResult } from './scm';

/** The cost lines of a review, as much of them as the computation needs (also the island’s props). */
export interface CostModel {
	activities: { key: string; name: string; hours: number }[];
	fees: { key: string; name: string; amount: number }[];
	otherCosts: { key: string; name: string; amount: number }[];
	timesPerYear?: { value: number };
	subjectsPerYear?: { value: number };
	dossiersPerYear?: { value: number };
	timeLimit?: { value: number; unit: TimeUnit };
}

/** What one change saves per execution, by cost-line key. */
export interface EffectModel {
	hours: Record<string, number>;
	fees: Record<string, number>;
	otherCosts: Record<string, number>;
	timesPerYear?: number;
	timeLimit?: number;
}

/** Everything needed to cost an option. */
export interface OptionModel {
	/** W, đồng per hour. */
	hourlyIncome: number;
	cost: CostModel;
	action: OptionAction;
	/** Effects of the changes that are switched on. */
	effects: EffectModel[];
}

/** Cost before and after an option, its saving, and the time limit before and after. */
export interface OptionEvaluation {
	before: ScmResult;
	after: ScmResult;
	saving: number;
	savingRate: number;
	/** Hours saved per execution and per year. */
	hoursSaved: { perCase: number; perYear: number };
	/** The legal time limit before and after, when the review gives it. */
	timeLimit?: { unit: TimeUnit; before: number; after: number; cutRate: number };
}

/** Turns review cost lines into Standard Cost Model inputs; dossiers per year stand for f × N. */
export function toScmInput(cost: CostModel, hourlyIncome: number): ScmInput {
	const dossiers = cost.dossiersPerYear?.value;
	return {
		hourlyIncome,
		activities: cost.activities.map(({ name, hours }) => ({ name, hours })),
		fees: cost.fees.reduce((sum, fee) => sum + fee.amount, 0),
		otherCosts: cost.otherCosts.map(({ name, amount }) => ({ name, amount })),
		timesPerYear: dossiers === undefined ? (cost.timesPerYear?.value ?? 0) : 1,
		subjectsPerYear: dossiers ?? cost.subjectsPerYear?.value ?? 0,
	};
}

/** The cost lines after the given effects: each line minus what the changes save on it, never below 0. */
export function applyEffects(cost: CostModel, effects: EffectModel[]): CostModel {
	const saved = (group: 'hours' | 'fees' | 'otherCosts', key: string) =>
		effects.reduce((sum, effect) => sum + (effect[group][key] ?? 0), 0);
	const fewerTimes = effects.reduce((sum, effect) => sum + (effect.timesPerYear ?? 0), 0);
	const shorter = effects.reduce((sum, effect) => sum + (effect.timeLimit ?? 0), 0);
	const times = cost.timesPerYear;
	return {
		...cost,
		activities: cost.activities.map((line) => ({
			...line,
			hours: Math.max(0, cleanHours(line.hours - saved('hours', line.key))),
		})),
		fees: cost.fees.map((line) => ({
			...line,
			amount: Math.max(0, line.amount - saved('fees', line.key)),
		})),
		otherCosts: cost.otherCosts.map((line) => ({
			...line,
			amount: Math.max(0, line.amount - saved('otherCosts', line.key)),
		})),
		// The schema only lets `timesPerYear` be saved when the review gives f separately from N.
		timesPerYear: times && { ...times, value: Math.max(0, times.value - fewerTimes) },
		timeLimit: cost.timeLimit && {
			...cost.timeLimit,
			value: Math.max(0, cost.timeLimit.value - shorter),
		},
	};
}

/**
 * The cost lines before and after an option: after abolishing there are none (`undefined`);
 * otherwise the switched-on effects are applied. Reports print these inputs beside the results.
 */
export function optionCosts(model: OptionModel): { before: CostModel; after?: CostModel } {
	return {
		before: model.cost,
		after: model.action === 'abolish' ? undefined : applyEffects(model.cost, model.effects),
	};
}

/** Costs an option: abolishing saves everything; otherwise the switched-on effects are applied. */
export function evaluateOption(model: OptionModel): OptionEvaluation {
	const before = computeScm(toScmInput(model.cost, model.hourlyIncome));
	const afterCost = optionCosts(model).after;
	const after = afterCost ? computeScm(toScmInput(afterCost, model.hourlyIncome)) : zeroScm;
	const { saving, savingRate } = compareScm(before, after);
	const limit = model.cost.timeLimit;
	return {
		before,
		after,
		saving,
		savingRate,
		hoursSaved: {
			perCase: cleanHours(before.hours - after.hours),
			perYear: cleanHours(before.hoursPerYear - after.hoursPerYear),
		},
		timeLimit: limit && {
			unit: limit.unit,
			before: limit.value,
			after: afterCost?.timeLimit?.value ?? 0,
			cutRate:
				limit.value === 0 ? 0 : (limit.value - (afterCost?.timeLimit?.value ?? 0)) / limit.value,
		},
	};
}
