import type { ReviewRecord } from '../../schemas/review-record';
import { changeKindLabels } from '../../schemas/simplification-option';
import type { SimulatorProps } from './simulate';

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
