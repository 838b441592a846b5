import type { ZodError, ZodIssue } from 'astro/zod';

/** One validation problem, located precisely enough for an officer to fix it. */
export interface Problem {
	/** File the problem is in, relative to the project root. */
	file: string;
	/** Path of the value inside the file, e.g. `channels[0].fees[1].amount`; empty for the whole file. */
	path: string;
	/** What was expected, and what was found. */
	message: string;
	/** `error` stops the check; `warning` is reported and counted. */
	severity: 'error' | 'warning';
}

/** Writes a path such as `['channels', 0, 'fees', 1]` the way people read it: `channels[0].fees[1]`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${key}` : key;
	}, '');
}

/** Reads the value at `path` in `data`, or `undefined` when any step is missing. */
export function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

/** Shows a found value briefly: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text =
		typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Turns one zod issue into a sentence: what was expected, and what the file has. */
export function issueMessage(issue: ZodIssue, data: unknown): string {
	const found = valueAt(data, issue.path);
	if (issue.code === 'invalid_type' && issue.received === 'undefined') {
		return issue.message === 'Required'
			? 'is required but missing'
			: `${issue.message}, but it is missing`;
	}
	if (issue.code === 'unrecognized_keys') {
		return `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}; check the spelling`;
	}
	if (issue.code === 'invalid_union')
		return `does not match any allowed shape, got ${describeValue(found)}`;
	return `${issue.message}, got ${describeValue(found)}`;
}

/** Turns a zod error on the data of `file` into friendly problems, one per issue. */
export function problemsFromZodError(file: string, error: ZodError, data: unknown): Problem[] {
	return error.issues.map((issue) => ({
		file,
		path: formatPath(issue.path),
		message: issueMessage(issue, data),
		severity: 'error' as const,
	}));
}

/** Formats a problem as one line: `file: path: message`. */
export function formatProblem(problem: Problem): string {
	return problem.path
		? `${problem.file}: ${problem.path}: ${problem.message}`
		: `${problem.file}: ${problem.message}`;
}
