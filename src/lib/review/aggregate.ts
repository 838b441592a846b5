import { savingRate } from './scm';

/** Yearly cost of one procedure before and after its option. */
export interface YearlyCost {
	before: number;
	after: number;
}

/** Totals of a group of procedures. */
export interface CostTotals {
	before: number;
	after: number;
	saving: number;
	/** R_G = Σ saving ÷ Σ cost before: weighted by cost, never the mean of the rates. */
	savingRate: number;
}

/** Adds up yearly costs and gives the group’s saving rate (domain.md §5, R_G). */
export function aggregateCosts(items: YearlyCost[]): CostTotals {
	const before = items.reduce((sum, item) => sum + item.before, 0);
	const after = items.reduce((sum, item) => sum + item.after, 0);
	const saving = before - after;
	return { before, after, saving, savingRate: savingRate(saving, before) };
}
