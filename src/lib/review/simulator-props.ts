import type { ReviewRecord } from '../../schemas/review-record';
import { changeKindLabels } from '../../schemas/simplification-option';
import type { CostTotals } from './aggregate';
import type { SimulatorProps } from './simulate';

/** Keeps only what the simulator computes with, so the island’s props stay small. */
export function simulatorProps(
	record: Pick<ReviewRecord, 'cost' | 'option'>,
	hourlyIncome: number,
	year?: { year: number; totals: Pick<CostTotals, 'before' | 'after'>; records: number }
): SimulatorProps {
	const { cost, option } = record;
	const positions = new Map(
		option.changes.flatMap((change, index) => (change.key ? [[change.key, index] as const] : []))
	);
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
			requires: change.requires.flatMap((key) => (positions.has(key) ? [positions.get(key)!] : [])),
		})),
		...(year && {
			year: {
				year: year.year,
				before: year.totals.before,
				after: year.totals.after,
				records: year.records,
			},
		}),
	};
}
