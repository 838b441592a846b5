import type { ReviewRecord } from '../../schemas/review-record';
import {
	changeKindLabels,
	type ChangeKind,
	type OptionAction,
} from '../../schemas/simplification-option';
import {
	evaluateOption,
	type CostModel,
	type EffectModel,
	type OptionEvaluation,
} from './option-cost';

/** What the simulator island receives: the cost lines and the changes, nothing else. */
export interface SimulatorProps {
	hourlyIncome: number;
	cost: CostModel;
	action: OptionAction;
	changes: { kind: ChangeKind; label: string; what: string; effects: EffectModel }[];
}

/** Keeps only what the simulator computes with, so the island’s props stay small. */
export function simulatorProps(
	record: Pick<ReviewRecord, 'cost' | 'option'>,
	hourlyIncome: number
): SimulatorProps {
	const { cost, option } = record;
	return {
		hourlyIncome,
		cost: {
			activities: cost.activities.map(({ key, name, hours }) => ({ key, name, hours })),
			fees: cost.fees.map(({ key, name, amount }) => ({ key, name, amount })),
			otherCosts: cost.otherCosts.map(({ key, name, amount }) => ({ key, name, amount })),
			...(cost.timesPerYear && { timesPerYear: { value: cost.timesPerYear.value } }),
			...(cost.subjectsPerYear && { subjectsPerYear: { value: cost.subjectsPerYear.value } }),
			...(cost.dossiersPerYear && { dossiersPerYear: { value: cost.dossiersPerYear.value } }),
			...(cost.timeLimit && {
				timeLimit: { value: cost.timeLimit.value, unit: cost.timeLimit.unit },
			}),
		},
		action: option.action,
		changes: option.changes.map((change) => ({
			kind: change.kind,
			label: changeKindLabels[change.kind],
			what: change.what,
			effects: change.effects,
		})),
	};
}

/**
 * Costs the option with the switched-on changes; `abolish` applies only to an option that
 * proposes abolishing the procedure. The same `evaluateOption` as `npm run review -- score`.
 */
export function simulate(
	props: SimulatorProps,
	enabled: boolean[],
	abolish = props.action === 'abolish'
): OptionEvaluation {
	return evaluateOption({
		hourlyIncome: props.hourlyIncome,
		cost: props.cost,
		action: abolish ? 'abolish' : 'simplify',
		effects: props.changes.filter((_, index) => enabled[index]).map((change) => change.effects),
	});
}
