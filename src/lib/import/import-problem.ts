import { UserError } from '../cli/run';
import { formatProblem } from '../validation/friendly-errors';

/**
 * Something wrong in a file the import reads or writes, located well enough for an officer to
 * find and fix it.
 */
export interface ImportProblem {
	/** Absolute path of the file; messages show it relative to the caller’s folder. */
	file: string;
	/** Line of the file, counting from 1, when the problem has one. */
	line?: number;
	/** Field or column the problem is in, e.g. `ma_thu_tuc`. */
	field?: string;
	/** What was expected, and what was found, in Vietnamese. */
	message: string;
}

/**
 * Stops an import, carrying every problem found so that the officer can fix them all in one go
 * instead of one per run. Raised before anything is written, or by a write that changed nothing.
 */
export class ImportError extends UserError {
	constructor(
		readonly problems: ImportProblem[],
		/** False only when a write failed after some files were already replaced. */
		readonly wroteNothing = true
	) {
		const first = problems[0];
		const more = problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : '';
		super(`${first ? formatImportProblem(first) : 'không nhập được'}${more}`);
	}
}

/** One problem as one line: `file:line: field: message`. */
export function formatImportProblem(
	problem: ImportProblem,
	display: (path: string) => string = (path) => path
): string {
	const file = display(problem.file);
	return formatProblem({
		file: problem.line ? `${file}:${problem.line}` : file,
		path: problem.field ?? '',
		message: problem.message,
		severity: 'error',
	});
}
