import { UserError } from '../cli/run';
import { buildContentDir, type ContentDir } from '../content/content-dir';
import { formatProblem } from '../validation/friendly-errors';
import type { ProcedureChange } from '../../schemas/change-set';
import { readChangeLog, type LoggedChangeSet } from './read-change-log';

/** One procedure’s change within a change set. */
export interface ProcedureHistoryEntry {
	logged: LoggedChangeSet;
	change: ProcedureChange;
}

/** The change log as pages read it, grouped once for the whole build. */
export interface ChangeIndex {
	/** Every change set, baselines included, oldest first: for the open data. */
	all: LoggedChangeSet[];
	/** Change sets with changes, newest first (baselines are not changes). */
	sets: LoggedChangeSet[];
	/** Each procedure’s changes, newest first. */
	byProcedure: Map<string, ProcedureHistoryEntry[]>;
	/** The first baseline: the day the log started, and the catalogue then. */
	baseline?: LoggedChangeSet;
}

/** Groups change sets (oldest first, as read) by procedure, newest first. */
export function indexChangeLog(sets: readonly LoggedChangeSet[]): ChangeIndex {
	const newest = [...sets].reverse();
	const byProcedure = new Map<string, ProcedureHistoryEntry[]>();
	for (const logged of newest) {
		for (const change of logged.set.changes) {
			const list = byProcedure.get(change.id) ?? [];
			list.push({ logged, change });
			byProcedure.set(change.id, list);
		}
	}
	return {
		all: [...sets],
		sets: newest.filter(({ set }) => set.kind !== 'baseline'),
		byProcedure,
		baseline: sets.find(({ set }) => set.kind === 'baseline'),
	};
}

/** One index per content folder and build: every page asks for the same one. */
const cache = new Map<string, ChangeIndex>();

/**
 * The change log of a content folder (the build's by default), read, validated and grouped once per build; each
 * procedure page then only looks its id up. An invalid log stops the build with the same
 * messages `npm run check` gives.
 */
export function changeIndex(content: ContentDir = buildContentDir()): ChangeIndex {
	const cached = cache.get(content.dir);
	if (cached) return cached;
	const log = readChangeLog(content);
	if (log.problems.length > 0) {
		throw new UserError(
			`nhật ký thay đổi có lỗi (npm run check liệt kê chúng):\n${log.problems.map(formatProblem).join('\n')}`
		);
	}
	const index = indexChangeLog(log.sets);
	cache.set(content.dir, index);
	return index;
}

/** The day a procedure last changed in the log, or the day the log started; `undefined` before any log. */
export function lastUpdated(index: ChangeIndex, id: string): string | undefined {
	return index.byProcedure.get(id)?.[0]?.logged.set.date ?? index.baseline?.set.date;
}
