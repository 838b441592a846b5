import type { Procedure } from '../../schemas/procedure';
import { diffTracked } from './diff-tracked';
import type { LoggedState } from './logged-state';
import { trackProcedure } from './tracked-values';

/**
 * Ids of the procedures whose followed fields differ from the logged state, or that it does not
 * know, or that it knows but are gone: the edits `--log-changes` would record.
 */
export function unloggedEdits(
	procedures: readonly { id: string; data: Procedure }[],
	logged: LoggedState
): string[] {
	const ids = new Set(procedures.map(({ id }) => id));
	const edited = procedures.flatMap(({ id, data }) => {
		const before = logged.get(id);
		return !before || diffTracked(before, trackProcedure(data)).length > 0 ? [id] : [];
	});
	const gone = [...logged.keys()].filter((id) => !ids.has(id));
	return [...edited, ...gone].sort();
}
