import type { StateData } from '../../schemas/state-data';
import { readChangeLog, type ChangeLog } from '../changes/read-change-log';
import type { Problem } from '../validation/friendly-errors';
import { checkDossierFiles } from './check-dossiers';
import { checkProcedures, type CheckedProcedure } from './check-procedures';
import { checkReviews, type ReviewCheck } from './check-reviews';
import { checkStateData } from './check-state-data';
import { contentPath, type ContentDir } from './content-dir';
import { proceduresBase } from './content-glob';
import { openProcedureCache } from './content-cache';
import { readMarkdownDir } from './read-markdown';

/** Everything `npm run check` and the build look at. */
export interface ContentCheck {
	/** How many content files were read. */
	fileCount: number;
	procedures: CheckedProcedure[];
	/** Review settings, feedback counts and review records that passed. */
	review: Omit<ReviewCheck, 'problems' | 'fileCount'>;
	/** The table of papers national databases hold, when valid (content/review/state-data.md). */
	stateData?: StateData;
	/** The change log (`content/changes/`): its valid change sets and the state it last recorded. */
	changeLog: ChangeLog;
	errors: Problem[];
	/** Made when first read: the data-quality flags among them are read from the records. */
	readonly warnings: Problem[];
}

/**
 * Checks all content of a folder: each file against its schema, then the rules across files.
 * `loggedState` also reads the change log’s last recorded state, for `npm run check`.
 */
export function checkContent(content: ContentDir, { loggedState = false } = {}): ContentCheck {
	const cache = openProcedureCache(content);
	const files = readMarkdownDir(contentPath(content, proceduresBase), content.root, cache.read);
	const { procedures, known, problems, flagWarnings } = checkProcedures(files);
	cache.save(procedures);
	const {
		problems: reviewProblems,
		fileCount,
		...review
	} = checkReviews(content, procedures, known);
	const dossiers = checkDossierFiles(content, known);
	const stateData = checkStateData(content);
	const changeLog = readChangeLog(content, loggedState);
	const others = [
		...reviewProblems,
		...dossiers.problems,
		...stateData.problems,
		...changeLog.problems,
	];
	const all = [...problems, ...others];
	let warnings: Problem[] | undefined;
	return {
		fileCount:
			files.length + fileCount + dossiers.fileCount + stateData.fileCount + changeLog.fileCount,
		procedures,
		review,
		...(stateData.table ? { stateData: stateData.table } : {}),
		changeLog,
		errors: all.filter((problem) => problem.severity === 'error'),
		get warnings() {
			// In the order of the check: each procedure’s own, its flags, then the other files’.
			return (warnings ??= [
				...problems.filter(isWarning),
				...flagWarnings(),
				...others.filter(isWarning),
			]);
		},
	};
}

function isWarning(problem: Problem): boolean {
	return problem.severity === 'warning';
}
