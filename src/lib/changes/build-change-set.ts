import type { ChangeSet, ChangeSetKind } from '../../schemas/change-set';
import { procedureChange, type ProcedureStates } from './procedure-change';

/** What a change set says besides its procedures. */
export interface ChangeSetHeader {
	date: string;
	kind: Exclude<ChangeSetKind, 'baseline'>;
	note?: string;
	decision?: string;
	effective?: string;
}

/**
 * The change set of a run from the states of its procedures, ordered by id; `null` when no
 * followed field of any procedure changed, so a run that changes nothing logs nothing.
 */
export function buildChangeSet(
	header: ChangeSetHeader,
	states: readonly ProcedureStates[]
): ChangeSet | null {
	const changes = [...states]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.flatMap((state) => procedureChange(state) ?? []);
	if (changes.length === 0) return null;
	const { date, kind, note, decision, effective } = header;
	return {
		date,
		kind,
		...(effective ? { effective } : {}),
		...(decision ? { decision } : {}),
		...(note ? { note } : {}),
		changes,
	};
}
