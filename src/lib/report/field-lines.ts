import { aggregateCosts, type CostTotals } from '../review/aggregate';
import { cleanHours } from '../review/rounding';
import type { CostLine } from './cost-line';

/** Compliance cost of the reviewed procedures of one field. */
export interface FieldLine extends CostTotals {
	field: string;
	/** Reviewed procedures of the field. */
	procedures: number;
	hoursSaved: number;
}

/**
 * Adds up the yearly costs of the reviewed procedures field by field, each field’s rate being
 * Σ saving ÷ Σ before like the total; largest saving first, then by name.
 */
export function fieldLines(records: readonly { field: string; cost: CostLine }[]): FieldLine[] {
	const groups = new Map<string, CostLine[]>();
	for (const { field, cost } of records) groups.set(field, [...(groups.get(field) ?? []), cost]);
	return [...groups]
		.map(([field, costs]) => ({
			field,
			procedures: costs.length,
			...aggregateCosts(
				costs.map((cost) => ({ before: cost.before.perYear, after: cost.after.perYear }))
			),
			hoursSaved: cleanHours(costs.reduce((sum, cost) => sum + cost.hoursSaved, 0)),
		}))
		.sort((a, b) => b.saving - a.saving || a.field.localeCompare(b.field, 'vi'));
}
