import type { ProcedureChangeKind } from '../../schemas/change-set';
import type { TrackedProcedure } from './tracked-values';

/**
 * What happened to a procedure as a whole: added when it had no earlier state, removed when it
 * has none now, otherwise the status it moved to (transferred, replaced, repealed, unlisted)
 * or, when its status stayed or came back to active, changed.
 */
export function classifyChange(
	before: TrackedProcedure | undefined,
	after: TrackedProcedure | undefined
): ProcedureChangeKind {
	if (!before) return 'added';
	if (!after) return 'removed';
	if (after.state !== before.state && after.state !== 'active') return after.state;
	return 'changed';
}
