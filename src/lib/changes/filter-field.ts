import { trackedFields, type TrackedField } from '../../schemas/change-set';
import type { LoggedChangeSet } from './read-change-log';

/**
 * The change sets as one field’s page and feed show them: only the procedures whose changes
 * touch `field`, with only that field’s changes; sets left empty are dropped. Without a field,
 * the sets as they are.
 */
export function filterByField(
	sets: readonly LoggedChangeSet[],
	field: TrackedField | undefined
): LoggedChangeSet[] {
	if (!field) return [...sets];
	return sets.flatMap((logged) => {
		const changes = logged.set.changes.flatMap((change) => {
			const fields = change.fields.filter((item) => item.field === field);
			return fields.length > 0 ? [{ ...change, fields }] : [];
		});
		return changes.length > 0 ? [{ ...logged, set: { ...logged.set, changes } }] : [];
	});
}

/** How many procedure changes touch each field, for the filter links. */
export function fieldCounts(sets: readonly LoggedChangeSet[]): Record<TrackedField, number> {
	const counts = Object.fromEntries(trackedFields.map((field) => [field, 0])) as Record<
		TrackedField,
		number
	>;
	for (const { set } of sets)
		for (const change of set.changes)
			for (const field of new Set(change.fields.map((item) => item.field))) counts[field] += 1;
	return counts;
}
