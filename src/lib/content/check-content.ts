import { join } from 'node:path';
import type { Problem } from '../validation/friendly-errors';
import { checkProcedures, type CheckedProcedure } from './check-procedures';
import { readMarkdownDir } from './read-markdown';

/** Folder of the procedure files, relative to the project root. */
export const proceduresDir = 'content/procedures';

/** Everything `npm run check` and the build look at. */
export interface ContentCheck {
	/** How many content files were read. */
	fileCount: number;
	procedures: CheckedProcedure[];
	errors: Problem[];
	warnings: Problem[];
}

/** Checks all content under `root`: each file against its schema, then the rules across files. */
export function checkContent(root: string): ContentCheck {
	const files = readMarkdownDir(join(root, proceduresDir), root);
	const { procedures, problems } = checkProcedures(files);
	return {
		fileCount: files.length,
		procedures,
		errors: problems.filter((problem) => problem.severity === 'error'),
		warnings: problems.filter((problem) => problem.severity === 'warning'),
	};
}
