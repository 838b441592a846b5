import { join } from 'node:path';
import type { ChangeSet } from '../../schemas/change-set';
import type { FileWrite } from '../import/write-files';
import { newChangeSetPath, renderChangeSet } from './change-set-file';
import { loggedStateFile, renderLoggedState, type LoggedState } from './logged-state';

/**
 * The two files that record a change set in the log folder `dir`: the new change set, and the
 * logged state it leads to. Both go to the caller’s all-or-nothing write with its other files.
 */
export function changeLogWrites(dir: string, set: ChangeSet, state: LoggedState): FileWrite[] {
	return [
		{ path: newChangeSetPath(dir, set.date, set.kind), text: renderChangeSet(set) },
		{ path: join(dir, loggedStateFile), text: renderLoggedState(state) },
	];
}
