import { median } from '../review/median';

/** One procedure’s part of the year’s saving. */
export interface SavingShare {
	id: string;
	name: string;
	saving: number;
	/** saving ÷ Σ saving; 0 when nothing was saved. */
	share: number;
	/** The procedure’s own saving rate. */
	savingRate: number;
}

/** How the year’s saving is spread over the procedures reviewed. */
export interface SavingConcentration {
	/** Every procedure, largest saving first. */
	shares: SavingShare[];
	/** Median of the procedures’ own saving rates, next to the weighted rate below. */
	medianRate: number;
	/** Σ saving ÷ Σ cost before (R_G). */
	weightedRate: number;
	/** Share of the saving that comes from the largest one. */
	topShare: number;
}

/**
 * Shows whether one or two costly procedures carry the year’s saving: each procedure’s share,
 * and the median saving rate beside Σ saving ÷ Σ before, which a single large saving pulls up.
 */
export function savingConcentration(
	records: readonly {
		id: string;
		name: string;
		cost: { saving: number; savingRate: number; before: { perYear: number } };
	}[]
): SavingConcentration {
	const total = records.reduce((sum, record) => sum + record.cost.saving, 0);
	const before = records.reduce((sum, record) => sum + record.cost.before.perYear, 0);
	const shares = records
		.map((record) => ({
			id: record.id,
			name: record.name,
			saving: record.cost.saving,
			share: total === 0 ? 0 : record.cost.saving / total,
			savingRate: record.cost.savingRate,
		}))
		.sort((a, b) => b.saving - a.saving || a.id.localeCompare(b.id));
	return {
		shares,
		medianRate: median(records.map((record) => record.cost.savingRate)),
		weightedRate: before === 0 ? 0 : total / before,
		topShare: shares[0]?.share ?? 0,
	};
}
