import { trackedFields, type FieldChange } from '../../schemas/change-set';
import type { TrackedItem, TrackedProcedure } from './tracked-values';

/**
 * The field changes from `before` to `after`, in the order of the followed fields and, within
 * a field, in the order of the items (those removed, then those added or changed, each in its
 * own list’s order). An item whose text changed gives one change with both values; an item
 * only on one side is removed or added. Single-valued fields carry no `item`.
 */
export function diffTracked(before: TrackedProcedure, after: TrackedProcedure): FieldChange[] {
	return trackedFields.flatMap((field) => {
		const old = new Map(before.values[field]);
		const now = new Map(after.values[field]);
		const itemOf = (key: string) => (key === '' ? {} : { item: key });
		const removed = before.values[field]
			.filter(([key]) => !now.has(key))
			.map(([key, text]): FieldChange => ({ field, ...itemOf(key), before: text }));
		const addedOrChanged = after.values[field].flatMap(([key, text]): FieldChange[] => {
			const was = old.get(key);
			if (was === text) return [];
			return [
				{ field, ...itemOf(key), ...(was === undefined ? {} : { before: was }), after: text },
			];
		});
		return [...removed, ...addedOrChanged].map(withoutRepeatedItem);
	});
}

/** Drops an `item` that only repeats the value (a step, a channel): the value says it all. */
function withoutRepeatedItem(change: FieldChange): FieldChange {
	const only =
		change.before === undefined
			? change.after
			: change.after === undefined
				? change.before
				: undefined;
	if (change.item === undefined || only !== change.item) return change;
	const { item: _item, ...rest } = change;
	return rest;
}
