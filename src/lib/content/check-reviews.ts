import { existsSync, readdirSync } from 'node:fs';
import { reviewConfigSchema, type ReviewConfig } from '../../schemas/review-config';
import { feedbackSchema, type Feedback } from '../../schemas/review-feedback';
import { reviewRecordSchema } from '../../schemas/review-record';
import { recordChecker } from '../review/checks/record-checker';
import type { ReviewEntry } from '../review/content';
import { formatPath, type DataPath, type Problem } from '../validation/friendly-errors';
import type { CheckedProcedure, KnownProcedure } from './check-procedures';
import { contentFile, contentPath, type ContentDir } from './content-dir';
import { proceduresBase } from './content-glob';
import {
	readMarkdownDir,
	readMarkdownFile,
	type MarkdownFile,
	type ReadResult,
} from './read-markdown';
import { changesWithoutFinding } from './review-consistency';
import { procedureFigureProblems } from './review-figures';
import { validateFile } from './validate-file';

/** Review settings, in the default content layout (see content-dir.ts). */
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

/**
 * Validates review settings, feedback counts and review records against the procedures. A
 * record of a procedure whose file exists but failed its own check is not reported again; its
 * figures are checked once the procedure file is fixed.
 */
export function checkReviews(
	content: ContentDir,
	procedures: CheckedProcedure[],
	known: readonly KnownProcedure[] = procedures.map(({ id, data }) => ({ id, code: data.code }))
): ReviewCheck {
	const problems: Problem[] = [];
	const byId = new Map(procedures.map((procedure) => [procedure.id, procedure]));
	const knownIds = new Set(known.map(({ id }) => id));
	const config = readConfig(content, problems);
	const feedbackFiles = readMarkdownDir(contentPath(content, feedbackDir), content.root);
	const procedureFile = (id: string) => contentFile(content, `${proceduresBase}/${id}.md`);
	const feedback = validate(feedbackFiles, problems, (file) => {
		const validated = validateFile(file, feedbackSchema);
		if (!validated.ok) return validated.problems;
		if (String(validated.data.year) !== file.id) {
			return [
				error(file, ['year'], `cần trùng tên tệp "${file.id}.md"; đang là ${validated.data.year}`),
			];
		}
		const unknown = Object.keys(validated.data.counts).filter(
			(procedure) => !knownIds.has(procedure)
		);
		const warnings = unknown.map((procedure) =>
			warning(file, ['counts', procedure], `không có tệp thủ tục ${procedureFile(procedure)}`)
		);
		return { value: validated.data, problems: warnings };
	});
	const recordFiles = yearFolders(content).flatMap(({ folder, year }) =>
		readMarkdownDir(`${contentPath(content, reviewsDir)}/${folder}`, content.root).map(
			(result) => ({
				result,
				year,
			})
		)
	);
	const reviews: ReviewEntry[] = [];
	const workflowProblems = recordChecker(content, procedures, config);
	for (const { result, year } of recordFiles) {
		const checked = validate([result], problems, (file) => {
			const validated = validateFile(file, reviewRecordSchema);
			if (!validated.ok) return validated.problems;
			const record = validated.data;
			const local: Problem[] = [];
			if (record.procedure !== file.id) {
				local.push(
					error(
						file,
						['procedure'],
						`cần trùng tên tệp "${file.id}.md"; đang là "${record.procedure}"`
					)
				);
			}
			if (record.year !== year) {
				local.push(error(file, ['year'], `cần trùng thư mục ${year}; đang là ${record.year}`));
			}
			const procedure = byId.get(record.procedure);
			local.push(...workflowProblems(file.file, record, procedure?.data));
			if (procedure) {
				local.push(...procedureFigureProblems(file.file, record, procedure.data));
			} else if (knownIds.has(record.procedure)) {
				// The procedure file exists but is invalid: its own error is enough.
			} else if (known.length > 0) {
				local.push(
					error(
						file,
						['procedure'],
						`cần một tệp thủ tục ${procedureFile(record.procedure)}; không có tệp này`
					)
				);
			}
			if (local.length > 0) return local;
			const warnings = changesWithoutFinding(file.file, record);
			// A project whose catalogue is not imported yet can still check and show its reviews.
			if (known.length === 0)
				warnings.push(warning(file, ['procedure'], emptyCatalogue(record.procedure)));
			return { value: { file: file.file, data: record, body: file.body }, problems: warnings };
		});
		reviews.push(...checked);
	}
	if (!config && (reviews.length > 0 || feedback.length > 0)) {
		problems.push({
			file: contentFile(content, reviewConfigFile),
			path: '',
			message:
				'cần tệp cài đặt rà soát (tỷ lệ, trọng số, thu nhập bình quân, chỉ tiêu) cho các hồ sơ rà soát; đang thiếu',
			severity: 'error',
		});
	}
	return {
		config,
		reviews,
		feedback,
		problems,
		fileCount:
			(config || existsSync(contentPath(content, reviewConfigFile)) ? 1 : 0) +
			feedbackFiles.length +
			recordFiles.length,
	};
}

/** Reads `content/review/config.md`, when it exists. */
function readConfig(content: ContentDir, problems: Problem[]): ReviewConfig | undefined {
	if (!existsSync(contentPath(content, reviewConfigFile))) return undefined;
	const shown = contentFile(content, reviewConfigFile);
	const [config] = validate([readMarkdownFile(content.root, shown)], problems, (file) => {
		const validated = validateFile(file, reviewConfigSchema);
		return validated.ok ? { value: validated.data } : validated.problems;
	});
	return config;
}

/** Year folders of `content/reviews`; other names are reported by the caller’s check. */
function yearFolders(content: ContentDir): { folder: string; year: number }[] {
	const dir = contentPath(content, reviewsDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
		.map((entry) => ({ folder: entry.name, year: Number(entry.name) }))
		.sort((a, b) => a.year - b.year);
}

type Outcome<T> = Problem[] | { value: T; problems?: Problem[] };

/** Runs `check` on every file that parsed; keeps the values that had no error. */
function validate<T>(
	files: ReadResult[],
	problems: Problem[],
	check: (file: MarkdownFile) => Outcome<T>
): T[] {
	const values: T[] = [];
	for (const result of files) {
		if (!result.ok) {
			problems.push(result.problem);
			continue;
		}
		const outcome = check(result.value);
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
	return `chưa có tệp thủ tục content/procedures/${id}.md: danh mục còn trống (npm run import), nên chưa đối chiếu phí và thời hạn`;
}

function error(file: MarkdownFile, path: DataPath, message: string): Problem {
	return at(file, path, message, 'error');
}

function warning(file: MarkdownFile, path: DataPath, message: string): Problem {
	return at(file, path, message, 'warning');
}

/** A problem at `path` of `file`, with the line of that field. */
function at(
	file: MarkdownFile,
	path: DataPath,
	message: string,
	severity: Problem['severity']
): Problem {
	const line = file.lineOf(path);
	return { file: file.file, ...(line ? { line } : {}), path: formatPath(path), message, severity };
}
