import { lstatSync } from 'node:fs';
import { stateDataSchema, type StateData } from '../../schemas/state-data';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import { contentFile, contentPath, type ContentDir } from './content-dir';
import { readMarkdownFile } from './read-markdown';

/** The table of papers national databases hold, in the default content layout (see content-dir.ts). */
export const stateDataFile = 'content/review/state-data.md';

/** The table when it exists and is valid, and the problems found. */
export interface StateDataCheck {
	table?: StateData;
	problems: Problem[];
	fileCount: number;
}

/**
 * Reads and validates `content/review/state-data.md`; a project without it has no table. A
 * folder or a broken link in its place is reported, as any content file would be.
 */
export function checkStateData(content: ContentDir): StateDataCheck {
	if (!lstatSync(contentPath(content, stateDataFile), { throwIfNoEntry: false })) {
		return { problems: [], fileCount: 0 };
	}
	const file = contentFile(content, stateDataFile);
	const read = readMarkdownFile(content.root, file);
	if (!read.ok) return { problems: [read.problem], fileCount: 1 };
	const parsed = stateDataSchema.safeParse(read.value.data);
	return parsed.success
		? { table: parsed.data, problems: [], fileCount: 1 }
		: { problems: problemsFromZodError(file, parsed.error, read.value.data), fileCount: 1 };
}
