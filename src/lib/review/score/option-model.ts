import type { ReviewRecord } from '../../../schemas/review-record';
import type { OptionModel } from '../option-cost';

/**
 * The option of a review as a cost model, with the given changes switched on (all by default).
 * The CLI, the pages and the simulator all cost options through this one function.
 */
export function optionModel(
	record: Pick<ReviewRecord, 'cost' | 'option'>,
	hourlyIncome: number,
	enabled: boolean[] = record.option.changes.map(() => true)
): OptionModel {
	return {
		hourlyIncome,
		cost: record.cost,
		action: record.option.action,
		effects: record.option.changes
			.filter((_, index) => enabled[index])
			.map((change) => change.effects),
	};
}
