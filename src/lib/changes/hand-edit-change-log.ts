import type { ChangeSet } from '../../schemas/change-set';
import type { Procedure } from '../../schemas/procedure';
import type { FileWrite } from '../import/write-files';
import { buildChangeSet } from './build-change-set';
import { changeLogWrites } from './change-log-writes';
import type { LoggedState } from './logged-state';
import type { ProcedureStates } from './procedure-change';
import { trackProcedure } from './tracked-values';

/** What an officer says about a hand edit. */
export interface HandEditNote {
	date: string;
	/** Who changed what and why, in their words. */
	note: string;
	decision?: string;
	effective?: string;
}

/**
 * The change set of hand edits: each procedure file against the state the log last recorded
 * (added when the log never saw it, removed when its file is gone). Before the log has any
 * state, the catalogue as it stands becomes the baseline, and no change is claimed. `null`
 * when nothing followed changed since the last logged state.
 */
export function handEditChangeLog(
	dir: string,
	procedures: readonly { id: string; data: Procedure }[],
	logged: LoggedState | undefined,
	header: HandEditNote
): { set: ChangeSet; writes: FileWrite[] } | null {
	const next: LoggedState = new Map(
		procedures.map(({ id, data }) => [id, trackProcedure(data)] as const)
	);
	let set: ChangeSet | null;
	if (!logged) {
		set = {
			date: header.date,
			kind: 'baseline',
			note: header.note,
			procedureCount: procedures.length,
			changes: [],
		};
	} else {
		const ids = new Set([...logged.keys(), ...next.keys()]);
		const states: ProcedureStates[] = [...ids].map((id) => ({
			id,
			before: logged.get(id),
			after: next.get(id),
		}));
		set = buildChangeSet({ ...header, kind: 'hand-edit' }, states);
	}
	return set ? { set, writes: changeLogWrites(dir, set, next) } : null;
}
