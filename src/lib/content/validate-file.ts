import type { z, ZodTypeAny } from 'astro/zod';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import type { MarkdownFile } from './read-markdown';

/** The data of a file that passed its schema, or its problems: one per value. */
export type Validated<S extends ZodTypeAny> =
	| { ok: true; data: z.output<S> }
	| { ok: false; problems: Problem[] };

/**
 * Validates the front matter of `file` against `schema`. Problems in how a value is written
 * (`50.000`) come first and replace the schema’s complaint about the same value, if any; each
 * problem carries its line.
 */
export function validateFile<S extends ZodTypeAny>(file: MarkdownFile, schema: S): Validated<S> {
	const parsed = schema.safeParse(file.data);
	const fromSchema = parsed.success
		? []
		: problemsFromZodError(file.file, parsed.error, file.data, { schema, lineOf: file.lineOf });
	const written = new Set(file.sourceProblems.map((problem) => problem.path));
	const problems = [
		...file.sourceProblems,
		...fromSchema.filter((problem) => !written.has(problem.path)),
	].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (problems.length > 0 || !parsed.success) return { ok: false, problems };
	return { ok: true, data: parsed.data as z.output<S> };
}
