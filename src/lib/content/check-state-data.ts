import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDataSchema, type StateData } from '../../schemas/state-data';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import { parseMarkdown } from './read-markdown';

/** The table of papers national databases hold, relative to the project root. */
export const stateDataFile = 'content/review/state-data.md';

/** The table when it exists and is valid, and the problems found. */
export interface StateDataCheck {
	table?: StateData;
	problems: Problem[];
	fileCount: number;
}

/** Reads and validates `content/review/state-data.md`; a project without it has no table. */
export function checkStateData(root: string): StateDataCheck {
	const path = join(root, stateDataFile);
	if (!existsSync(path)) return { problems: [], fileCount: 0 };
	const read = parseMarkdown(stateDataFile, readFileSync(path, 'utf8'));
	if (!read.ok) return { problems: [read.problem], fileCount: 1 };
	const parsed = stateDataSchema.safeParse(read.value.data);
	return parsed.success
		? { table: parsed.data, problems: [], fileCount: 1 }
		: { problems: problemsFromZodError(stateDataFile, parsed.error, read.value.data), fileCount: 1 };
}
