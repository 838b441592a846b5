import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { changeSetSchema, type ChangeSet } from '../../schemas/change-set';
import { isContentFileName } from '../content/content-glob';
import { readMarkdownFile } from '../content/read-markdown';
import { validateFile } from '../content/validate-file';
import type { Problem } from '../validation/friendly-errors';
import { contentPath, shownPath, type ContentDir } from '../content/content-dir';
import { changeLogDir, compareChangeSetFiles } from './change-set-file';
import { loggedStateFile, readLoggedStateFile, type LoggedState } from './logged-state';

/** A change set with the file it is in, relative to the project root. */
export interface LoggedChangeSet {
	file: string;
	set: ChangeSet;
}

/** The change log of a project: its change sets, oldest first, and the state it last recorded. */
export interface ChangeLog {
	sets: LoggedChangeSet[];
	/** `undefined` when the log has not started (no state file yet). */
	state?: LoggedState;
	problems: Problem[];
	fileCount: number;
}

/**
 * Reads and validates the change log of a content folder (`content/changes/`). A project without the
 * folder has an empty log. Change sets come oldest first: by date, then by file name. The
 * logged state (a large file only hand-edit logging needs) is read when `withState` is set.
 */
export function readChangeLog(content: ContentDir, withState = false): ChangeLog {
	const { root } = content;
	const dir = contentPath(content, changeLogDir);
	const log: ChangeLog = { sets: [], problems: [], fileCount: 0 };
	const folder = statSync(dir, { throwIfNoEntry: false });
	if (!folder) return log;
	if (!folder.isDirectory()) {
		log.problems.push({
			file: shownPath(root, dir),
			path: '',
			message: 'cần một thư mục chứa các tệp nhật ký thay đổi; đang là một tệp',
			severity: 'error',
		});
		return log;
	}
	const names = readdirSync(dir).filter(isContentFileName).sort(compareChangeSetFiles);
	for (const name of names) {
		const file = shownPath(root, join(dir, name));
		log.fileCount += 1;
		// No size limit: a change set is written by the tools, and one import may touch thousands
		// of procedures; what is wrong with the file itself (a folder, a broken link) is named.
		const read = readMarkdownFile(root, file, Number.POSITIVE_INFINITY);
		if (!read.ok) {
			log.problems.push(read.problem);
			continue;
		}
		const validated = validateFile(read.value, changeSetSchema);
		if (validated.ok) log.sets.push({ file, set: validated.data });
		else log.problems.push(...validated.problems);
	}
	log.sets.sort((a, b) => compare(a.set.date, b.set.date) || compareChangeSetFiles(a.file, b.file));
	const statePath = join(dir, loggedStateFile);
	const read = withState ? readLoggedStateFile(statePath, shownPath(root, statePath)) : undefined;
	if (read) {
		log.fileCount += 1;
		if (read.ok) log.state = read.state;
		else log.problems.push(...read.problems);
	}
	return log;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
