import type { ZodError, ZodIssue, ZodTypeAny } from 'astro/zod';
import { closestMatch } from './did-you-mean';
import { objectKeysAt } from './schema-keys';
import { expectedInVietnamese, hasDefaultMessage } from './zod-messages-vi';

/** One validation problem, located precisely enough for an officer to fix it. */
export interface Problem {
	/** File the problem is in, relative to the project root. */
	file: string;
	/** Line of the file the value is on, counting from 1, when known. */
	line?: number;
	/** Path of the value inside the file, e.g. `channels[0].fees[1].amount`; empty for the whole file. */
	path: string;
	/** What was expected, and what was found, in Vietnamese. */
	message: string;
	/** `error` stops the check; `warning` is reported and counted. */
	severity: 'error' | 'warning';
}

/** A path inside a file’s data, as zod gives it: `['channels', 0, 'fees', 1]`. */
export type DataPath = ReadonlyArray<string | number>;

/** What helps turn zod issues into problems: the schema (for field names) and line numbers. */
export interface ProblemContext {
	/** The schema that failed, so an unknown field can be matched with the fields that exist. */
	schema?: ZodTypeAny;
	/** Line of the value (or field name) at a path, when the source is known. */
	lineOf?: (path: DataPath) => number | undefined;
}

/** Writes a path such as `['channels', 0, 'fees', 1]` the way people read it: `channels[0].fees[1]`. */
export function formatPath(path: DataPath): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${key}` : key;
	}, '');
}

/** Reads the value at `path` in `data`, or `undefined` when any step is missing. */
export function valueAt(data: unknown, path: DataPath): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

/** Shows a found value briefly: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'không có gì';
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return `ngày ${value.toISOString().slice(0, 10)} không trong dấu nháy`;
	}
	// Numbers as JavaScript writes them: JSON would show Infinity (YAML `.inf`) as null.
	const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Turns one zod issue into a sentence: what was expected, and what the file has. */
export function issueMessage(issue: ZodIssue, data: unknown): string {
	const expected = hasDefaultMessage(issue) ? expectedInVietnamese(issue) : issue.message;
	if (issue.code === 'invalid_type' && issue.received === 'undefined') {
		return hasDefaultMessage(issue) ? 'cần có trường này; đang thiếu' : `${expected}; đang thiếu`;
	}
	// Some rules say themselves what they found (“đang là 3”, “đang thiếu”).
	if (/; đang /.test(expected)) return expected;
	const found = valueAt(data, issue.path);
	if (found === undefined) return `${expected}; đang thiếu`;
	// A rule across several fields names them itself; repeating a whole object would only clutter.
	if (issue.code === 'custom' && found !== null && typeof found === 'object') return expected;
	return `${expected}; đang là ${describeValue(found)}`;
}

/**
 * Turns a zod error on the data of `file` into friendly problems: one per value, so that a
 * value breaking two rules gives one line; one per unknown field, with the field probably meant;
 * and a misspelt required field (`nmae`) gives one line, not also “name is missing”.
 */
export function problemsFromZodError(
	file: string,
	error: ZodError,
	data: unknown,
	context: ProblemContext = {}
): Problem[] {
	const unknown = error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys' ? unknownFields(issue, context.schema) : []
	);
	const explained = new Set(unknown.flatMap(({ meant }) => (meant ? [meant] : [])));
	const seen = new Set<string>();
	const problems: Problem[] = [];
	const add = (path: DataPath, message: string) => {
		const key = formatPath(path);
		if (seen.has(key)) return;
		seen.add(key);
		const line = context.lineOf?.(path);
		problems.push({ file, ...(line ? { line } : {}), path: key, message, severity: 'error' });
	};
	for (const issue of error.issues) {
		if (issue.code === 'unrecognized_keys') continue;
		if (issue.code === 'invalid_type' && issue.received === 'undefined') {
			if (explained.has(formatPath(issue.path))) continue;
		}
		add(issue.path, issueMessage(issue, data));
	}
	for (const { path, message } of unknown) add(path, message);
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** One entry per unknown field of an `unrecognized_keys` issue, with the field probably meant. */
function unknownFields(
	issue: Extract<ZodIssue, { code: 'unrecognized_keys' }>,
	schema: ZodTypeAny | undefined
): { path: DataPath; message: string; meant?: string }[] {
	const allowed = schema ? objectKeysAt(schema, issue.path) : [];
	return issue.keys.map((key) => {
		const path = [...issue.path, key];
		const meant = closestMatch(key, allowed);
		if (meant) {
			return {
				path,
				meant: formatPath([...issue.path, meant]),
				message: `không có trường này trong mẫu; có phải định viết “${meant}”?`,
			};
		}
		const list = allowed.length > 0 ? `; các trường được phép ở đây: ${allowed.join(', ')}` : '';
		return { path, message: `không có trường này trong mẫu${list}` };
	});
}

/** Formats a problem as one line: `file[:line]: path: message`. */
export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return problem.path
		? `${where}: ${problem.path}: ${problem.message}`
		: `${where}: ${problem.message}`;
}
