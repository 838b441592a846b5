import { z } from 'astro/zod';
import { trackedFields, type TrackedField } from './change-set';
import { statusStates } from './status';
import { textSchema } from './primitives';

/**
 * One item of a followed field: `[what it is, how it reads]`, e.g. `["Trực tiếp", "Miễn phí"]`,
 * or `[text]` alone when both are the same (a step, a paper).
 */
const itemSchema = z.union([z.tuple([z.string()]), z.tuple([z.string(), z.string()])], {
	errorMap: () => ({ message: 'cần ["khóa", "giá trị"] hoặc ["giá trị"]' }),
});

/** The items of every followed field. */
const valuesShape = Object.fromEntries(
	trackedFields.map((field) => [field, z.array(itemSchema)])
) as Record<TrackedField, z.ZodArray<typeof itemSchema>>;

/**
 * One line of `content/changes/logged-state.jsonl`: a procedure as the change log last recorded
 * it. The tools write this file; nobody needs to edit it. It is what
 * `npm run check -- --log-changes` compares the procedure files with to find hand edits.
 */
export const loggedStateSchema = z
	.object({
		/** The procedure’s id (its file name without `.md`). */
		id: textSchema,
		/** Its name when last logged. */
		name: textSchema,
		/** Its status (`active`, `transferred`, …) when last logged. */
		state: z.enum(statusStates, {
			errorMap: () => ({ message: `cần một trong: ${statusStates.join(', ')}` }),
		}),
		/** The followed fields as citizens read them, one list of items per field. */
		values: z.object(valuesShape).strict(),
	})
	.strict();
