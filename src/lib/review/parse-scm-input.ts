import { scmInputSchema } from '../../schemas/scm-input';
import { UserError } from '../cli/run';
import { formatDong } from '../format/vi';
import { formatPath, formatProblem, problemsFromZodError } from '../validation/friendly-errors';
import { computeScm, type ScmInput } from './scm';

/**
 * Parses the JSON text of a cost input file; every problem names the file and the field (or the
 * line, for broken JSON). A yearly cost too large to be computed exactly is refused too: it can
 * only come from a mistake in the volumes.
 */
export function parseScmInput(file: string, text: string): ScmInput {
	let data: unknown;
	try {
		// Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new UserError(jsonProblem(file, text.replace(/^\uFEFF/, ''), error as Error));
	}
	const infinite = infinitePaths(data, []);
	if (infinite.length > 0) {
		throw new UserError(
			infinite
				.map((path) => `${file}: ${path}: cần một số bình thường; đang là một số quá lớn (vô cực)`)
				.join('\n')
		);
	}
	const parsed = scmInputSchema.safeParse(data);
	if (!parsed.success) {
		throw new UserError(
			problemsFromZodError(file, parsed.error, data, { schema: scmInputSchema })
				.map(formatProblem)
				.join('\n')
		);
	}
	const { perYear } = computeScm(parsed.data);
	if (perYear > Number.MAX_SAFE_INTEGER) {
		throw new UserError(
			`${file}: chi phí mỗi năm tính ra ${formatDong(perYear)}, vượt số lớn nhất tính chính xác được ` +
				`(${formatDong(Number.MAX_SAFE_INTEGER)}); kiểm tra lại timesPerYear, subjectsPerYear và các khoản tiền`
		);
	}
	return parsed.data;
}

/** Where JSON.parse stopped, as `file:line: …` with the text found there. */
function jsonProblem(file: string, text: string, error: Error): string {
	if (text.trim() === '') return `${file}: tệp trống; cần một đối tượng JSON {…}`;
	const position = Number(/at position (\d+)/.exec(error.message)?.[1] ?? NaN);
	if (!Number.isInteger(position)) {
		return `${file}: không phải JSON hợp lệ; hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép`;
	}
	const before = text.slice(0, position);
	const line = before.split('\n').length;
	const column = position - before.lastIndexOf('\n');
	const found = text.slice(position, position + 20).split('\n')[0] || 'hết tệp';
	return `${file}:${line}: không phải JSON hợp lệ ở cột ${column}; gặp “${found}”`;
}

/** Where JSON.parse read a number too large for a double (`1e999`), which it turns into Infinity. */
function infinitePaths(value: unknown, path: (string | number)[]): string[] {
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [formatPath(path)];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, item]) =>
		infinitePaths(item, [...path, Array.isArray(value) ? Number(key) : key])
	);
}
