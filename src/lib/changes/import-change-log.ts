import { join } from 'node:path';
import type { ChangeSet } from '../../schemas/change-set';
import type { ProcedureInput } from '../../schemas/procedure';
import { ImportError } from '../import/import-problem';
import type { WritePlan } from '../import/plan-writes';
import { toFrontMatter } from '../import/serialize-procedure';
import type { FileWrite } from '../import/write-files';
import { buildChangeSet } from './build-change-set';
import { changeLogWrites } from './change-log-writes';
import { loggedStateFile, readLoggedStateFile, type LoggedState } from './logged-state';
import { parseTracked } from './parse-tracked';
import type { ProcedureStates } from './procedure-change';

/** One procedure of an import run: what the source gives and what the run plans for its file. */
export interface PlannedProcedure {
	id: string;
	procedure: ProcedureInput;
	plan: WritePlan;
}

/** What the import adds to its writes for the change log, and the change set it records. */
export interface ImportChangeLog {
	writes: FileWrite[];
	set: ChangeSet | null;
	/** Path of the new change set, when there is one. */
	file?: string;
}

/**
 * The change set of an import: for each file the run writes, the old file against the new one
 * (a new file is an added procedure; an old file that no longer reads as a procedure is compared
 * with the logged state instead). Nothing to log gives no writes; otherwise the change set and
 * the new logged state join the run’s all-or-nothing write. The logged state starts, on the
 * first logged import, from every procedure of the run.
 */
export function importChangeLog(options: {
	dir: string;
	date: string;
	write: boolean;
	planned: readonly PlannedProcedure[];
}): ImportChangeLog {
	const logged = readLoggedState(options.dir);
	const next: LoggedState = new Map(logged);
	const states: ProcedureStates[] = [];
	for (const { id, procedure, plan } of options.planned) {
		const source = parseTracked(toFrontMatter(procedure));
		if (!source) continue;
		const written = plan.action === 'new' || (plan.action === 'differs' && options.write);
		if (!logged) next.set(id, source.tracked);
		if (!written) continue;
		const old = plan.action === 'differs' && plan.before ? parseTracked(plan.before) : undefined;
		const before = old?.tracked ?? logged?.get(id);
		next.set(id, source.tracked);
		// A decision explains the change only when it is new: an old one still on the record says
		// nothing about why a value moved, so the log does not claim it.
		const decision = old?.decision !== source.decision ? source.decision : undefined;
		states.push({ id, before, after: source.tracked, decision });
	}
	const set = buildChangeSet({ date: options.date, kind: 'import' }, states);
	if (!set) return { writes: [], set: null };
	const writes = changeLogWrites(options.dir, set, next);
	return { writes, set, file: writes[0]!.path };
}

/** The logged state of the folder, `undefined` before the log starts; unreadable stops the run. */
function readLoggedState(dir: string): LoggedState | undefined {
	const path = join(dir, loggedStateFile);
	const parsed = readLoggedStateFile(path, path);
	if (!parsed) return undefined;
	if (parsed.ok) return parsed.state;
	throw new ImportError(
		parsed.problems.map(({ file, line, path: field, message }) => ({
			file,
			...(line ? { line } : {}),
			...(field ? { field } : {}),
			message,
		}))
	);
}
