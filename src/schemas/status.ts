import { z } from 'astro/zod';
import { isoDateSchema, nationalCodeSchema } from './primitives';

/**
 * Where a procedure stands:
 * - `active`: the Department handles it today;
 * - `transferred`: another agency handles it now (e.g. criminal-record certificates → provincial police, 2025);
 * - `replaced`: a newer procedure took its place (name it in `successor`);
 * - `repealed`: abolished;
 * - `unlisted`: no longer in the national list and its fate is not confirmed by a source.
 */
export const statusStates = ['active', 'transferred', 'replaced', 'repealed', 'unlisted'] as const;

/** The agency or procedure that took over. */
export const successorSchema = z
	.object({
		/** Agency that handles it now, e.g. “Công an cấp tỉnh”. */
		agency: z.string().trim().min(1, 'cần tên cơ quan đang giải quyết'),
		/** National code of the procedure that replaced it, if any. */
		code: nationalCodeSchema.optional(),
		/** Name of the procedure that replaced it. */
		name: z.string().optional(),
		/** Decision that published the change, e.g. `1025/QĐ-BCA`. */
		decision: z.string().optional(),
	})
	.strict();

/** Current status of the procedure. */
export const statusSchema = z
	.object({
		/** One of active, transferred, replaced, repealed, unlisted. */
		state: z.enum(statusStates, {
			errorMap: () => ({ message: `cần một trong: ${statusStates.join(', ')}` }),
		}),
		/** Day the status took effect (yyyy-mm-dd), when known. */
		since: isoDateSchema.optional(),
		/** Who or what took over; required for `transferred` and `replaced`. */
		successor: successorSchema.optional(),
		/** What the citizen should know, in plain Vietnamese, e.g. where to go now. */
		note: z.string().optional(),
	})
	.strict()
	.superRefine((status, ctx) => {
		if ((status.state === 'transferred' || status.state === 'replaced') && !status.successor) {
			ctx.addIssue({
				code: 'custom',
				path: ['successor'],
				message: `cần nêu nơi tiếp nhận (successor: agency, và code nếu có) khi state là ${status.state}; đang thiếu`,
			});
		}
	});

export type Status = z.output<typeof statusSchema>;
export type StatusState = (typeof statusStates)[number];
