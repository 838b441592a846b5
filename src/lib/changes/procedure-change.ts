import type { ProcedureChange } from '../../schemas/change-set';
import { classifyChange } from './classify-change';
import { diffTracked } from './diff-tracked';
import type { TrackedProcedure } from './tracked-values';

/** One procedure’s two states, as a change set is built from them. */
export interface ProcedureStates {
	id: string;
	/** The state last logged or on disk before the run; `undefined` for a new procedure. */
	before?: TrackedProcedure;
	/** The state after the run; `undefined` when the procedure is gone. */
	after?: TrackedProcedure;
	/** The decision that published the new version, when the record names one. */
	decision?: string;
}

/**
 * The log entry of one procedure, or `null` when nothing it follows changed. An added or
 * removed procedure lists no fields: the whole procedure is the change.
 */
export function procedureChange(states: ProcedureStates): ProcedureChange | null {
	const { id, before, after, decision } = states;
	const change = classifyChange(before, after);
	const fields = before && after ? diffTracked(before, after) : [];
	if (change === 'changed' && fields.length === 0) return null;
	if (!before && !after) return null;
	const name = (after ?? before)!.name;
	return { id, name, change, ...(decision ? { decision } : {}), fields };
}
