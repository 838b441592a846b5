import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewConfigSchema, type ReviewConfig } from '../../schemas/review-config';
import { feedbackSchema, type Feedback } from '../../schemas/review-feedback';
import { reviewRecordSchema } from '../../schemas/review-record';
import { recordChecker } from '../review/checks/record-checker';
import type { ReviewEntry } from '../review/content';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import type { CheckedProcedure } from './check-procedures';
import { parseMarkdown, readMarkdownDir, type ReadResult } from './read-markdown';
import { changesWithoutFinding } from './review-consistency';
import { procedureFigureProblems } from './review-figures';

/** Review settings, relative to the project root. */
export const reviewConfigFile = 'content/review/config.md';
/** Feedback counts, one file per year: `<year>.md`. */
export const feedbackDir = 'content/review/feedback';
/** Review records: `<year>/<procedure id>.md`. */
export const reviewsDir = 'content/reviews';

/** The review content that passed its checks. */
export interface ReviewCheck {
	/** `undefined` when the project has no review settings yet. */
	config?: ReviewConfig;
	reviews: ReviewEntry[];
	feedback: Feedback[];
	problems: Problem[];
	fileCount: number;
}

/** Validates review settings, feedback counts and review records against the procedures. */
export function checkReviews(root: string, procedures: CheckedProcedure[]): ReviewCheck {
	const problems: Problem[] = [];
	const byId = new Map(procedures.map((procedure) => [procedure.id, procedure]));
	const config = readConfig(root, problems);
	const feedbackFiles = readMarkdownDir(join(root, feedbackDir), root);
	const feedback = validate(feedbackFiles, problems, (file, id, data) => {
		const parsed = feedbackSchema.safeParse(data);
		if (!parsed.success) return problemsFromZodError(file, parsed.error, data);
		if (String(parsed.data.year) !== id) {
			return [error(file, 'year', `must match the file name "${id}.md"`)];
		}
		const unknown = Object.keys(parsed.data.counts).filter((procedure) => !byId.has(procedure));
		const warnings = unknown.map((procedure) =>
			warning(file, `counts.${procedure}`, `no procedure file content/procedures/${procedure}.md`)
		);
		return { value: parsed.data, problems: warnings };
	});
	const recordFiles = yearFolders(root).flatMap(({ folder, year }) =>
		readMarkdownDir(join(root, reviewsDir, folder), root).map((result) => ({ result, year }))
	);
	const reviews: ReviewEntry[] = [];
	const workflowProblems = recordChecker(root, procedures, config);
	for (const { result, year } of recordFiles) {
		const checked = validate([result], problems, (file, id, data, body) => {
			const parsed = reviewRecordSchema.safeParse(data);
			if (!parsed.success) return problemsFromZodError(file, parsed.error, data);
			const record = parsed.data;
			const local: Problem[] = [];
			if (record.procedure !== id) local.push(error(file, 'procedure', `must match the file name "${id}.md"`));
			if (record.year !== year) local.push(error(file, 'year', `must match the folder ${year}`));
			const procedure = byId.get(record.procedure);
			local.push(...workflowProblems(file, record, procedure?.data));
			if (procedure) {
				local.push(...procedureFigureProblems(file, record, procedure.data));
			} else if (procedures.length > 0) {
				local.push(error(file, 'procedure', `no procedure file content/procedures/${record.procedure}.md`));
			}
			if (local.length > 0) return local;
			const warnings = changesWithoutFinding(file, record);
			// A project whose catalogue is not imported yet can still check and show its reviews.
			if (!procedure) warnings.push(warning(file, 'procedure', emptyCatalogue(record.procedure)));
			return { value: { file, data: record, body }, problems: warnings };
		});
		reviews.push(...checked);
	}
	if (!config && (reviews.length > 0 || feedback.length > 0)) {
		const message = 'is missing; review records need the review settings (share, weights, hourly income, targets)';
		problems.push(error(reviewConfigFile, '', message));
	}
	return {
		config,
		reviews,
		feedback,
		problems,
		fileCount: (config ? 1 : 0) + feedbackFiles.length + recordFiles.length,
	};
}

/** Reads `content/review/config.md`, when it exists. */
function readConfig(root: string, problems: Problem[]): ReviewConfig | undefined {
	const path = join(root, reviewConfigFile);
	if (!existsSync(path)) return undefined;
	const [config] = validate([parseMarkdown(reviewConfigFile, readFileSync(path, 'utf8'))], problems, (file, _id, data) => {
		const parsed = reviewConfigSchema.safeParse(data);
		return parsed.success ? { value: parsed.data } : problemsFromZodError(file, parsed.error, data);
	});
	return config;
}

/** Year folders of `content/reviews`; other names are reported by the caller’s check. */
function yearFolders(root: string): { folder: string; year: number }[] {
	const dir = join(root, reviewsDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
		.map((entry) => ({ folder: entry.name, year: Number(entry.name) }))
		.sort((a, b) => a.year - b.year);
}

type Validated<T> = Problem[] | { value: T; problems?: Problem[] };

/** Runs `check` on every file that parsed; keeps the values that had no error. */
function validate<T>(
	files: ReadResult[],
	problems: Problem[],
	check: (file: string, id: string, data: Record<string, unknown>, body: string) => Validated<T>
): T[] {
	const values: T[] = [];
	for (const result of files) {
		if (!result.ok) {
			problems.push(result.problem);
			continue;
		}
		const outcome = check(result.value.file, result.value.id, result.value.data, result.value.body);
		if (Array.isArray(outcome)) {
			problems.push(...outcome);
		} else {
			values.push(outcome.value);
			problems.push(...(outcome.problems ?? []));
		}
	}
	return values;
}

/** Why a record’s procedure cannot be checked while the catalogue is empty. */
function emptyCatalogue(id: string): string {
	return `no procedure file content/procedures/${id}.md yet: the catalogue is empty (npm run import); fees and time limits are not checked`;
}

function error(file: string, path: string, message: string): Problem {
	return { file, path, message, severity: 'error' };
}

function warning(file: string, path: string, message: string): Problem {
	return { file, path, message, severity: 'warning' };
}
