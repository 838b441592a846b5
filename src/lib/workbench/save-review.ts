import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { procedureFigureProblems } from '../content/review-figures';
import { changesWithoutFinding } from '../content/review-consistency';
import { writeFileAtomic } from '../files/atomic-file';
import { recordChecker } from '../review/checks/record-checker';
import { recordData, updateRecordText } from '../review/record-file/record-text';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import { reviewRecordSchema } from '../../schemas/review-record';
import type { ReviewRef } from './review-path';
import { lockRefusal } from './status-lock';
import type { WorkbenchContent } from './workbench-content';
import type { ContentDir } from '../content/content-dir';

/** A problem as the form shows it, beside the field at `path`. */
export interface FieldProblem {
	path: string;
	message: string;
	severity: 'error' | 'warning';
}

/** The answer to a save: what to tell the officer, and the revision to send with the next save. */
export type SaveOutcome =
	| { status: 200; body: { changed: boolean; revision: string; warnings: FieldProblem[] } }
	| { status: 403 | 404 | 409 | 422; body: { message: string; problems?: FieldProblem[] } };

/** The revision of a file’s text: a save must name the revision it was made from. */
export function revisionOf(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function fieldProblems(problems: Problem[]): FieldProblem[] {
	return problems.map(({ path, message, severity }) => ({ path, message, severity }));
}

/** Every check a record must pass before it is written: the schema, then the review’s own rules. */
export function recordCheckProblems(
	file: string,
	ref: ReviewRef,
	data: unknown,
	content: ContentDir,
	state: WorkbenchContent
): Problem[] {
	const parsed = reviewRecordSchema.safeParse(data);
	if (!parsed.success) return problemsFromZodError(file, parsed.error, data);
	const record = parsed.data;
	const problems: Problem[] = [];
	if (record.procedure !== ref.id) {
		problems.push({
			file,
			path: 'procedure',
			message: `cần "${ref.id}" (tên tệp)`,
			severity: 'error',
		});
	}
	if (record.year !== ref.year) {
		problems.push({ file, path: 'year', message: `cần ${ref.year} (thư mục)`, severity: 'error' });
	}
	const procedure = state.content?.procedures.find((entry) => entry.id === ref.id)?.data;
	const check = recordChecker(content, state.content?.procedures ?? [], state.content?.config);
	problems.push(...check(file, record, procedure));
	if (procedure) problems.push(...procedureFigureProblems(file, record, procedure));
	problems.push(...changesWithoutFinding(file, record));
	return problems;
}

/**
 * Saves the record sent by the form, if it passes every check and was made from the file as it
 * is now: the YAML keeps its comments and layout, an unchanged record is not rewritten, and the
 * file is written beside its path and renamed into place.
 */
export async function saveReview(
	content: ContentDir,
	ref: ReviewRef,
	target: { file: string; path: string },
	body: { data?: unknown; revision?: unknown },
	state: WorkbenchContent
): Promise<SaveOutcome> {
	let text: string;
	try {
		text = readFileSync(target.path, 'utf8');
	} catch {
		return { status: 404, body: { message: `Chưa có ${target.file}: bắt đầu rà soát trước.` } };
	}
	if (body.revision !== revisionOf(text)) {
		return {
			status: 409,
			body: {
				message: `${target.file} đã được sửa ở nơi khác sau khi mở phiếu: tải lại trang để lấy bản mới (phần vừa nhập chưa được lưu).`,
			},
		};
	}
	const data = body.data;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { status: 422, body: { message: 'Dữ liệu gửi lên không phải một bản rà soát.' } };
	}
	const next = data as Record<string, unknown>;
	const refusal = lockRefusal(recordData(target.file, text), next);
	if (refusal) return { status: 403, body: { message: refusal } };
	const problems = recordCheckProblems(target.file, ref, next, content, state);
	const errors = problems.filter((problem) => problem.severity === 'error');
	if (errors.length > 0) {
		return {
			status: 422,
			body: {
				message: `Chưa lưu: còn ${errors.length} lỗi cần sửa.`,
				problems: fieldProblems(errors),
			},
		};
	}
	const updated = updateRecordText(target.file, text, next);
	if (updated !== text) await writeFileAtomic(target.path, updated);
	return {
		status: 200,
		body: {
			changed: updated !== text,
			revision: revisionOf(updated),
			warnings: fieldProblems(problems.filter((problem) => problem.severity === 'warning')),
		},
	};
}
