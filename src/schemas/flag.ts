import { z } from 'astro/zod';

/**
 * Kinds of doubtful value. Each one is shown on the site as “đang được xác minh” (being verified).
 * - `time-limit-placeholder`: the source shows `1`, a placeholder; the real limit is in the steps.
 * - `time-limit-no-unit`: a number without a unit (e.g. nationality: 75/85/105).
 * - `time-limit-missing`: the source gives no time limit for the channel.
 * - `fee-lost-thousands`: an amount that lost its thousands (`50 VNĐ` beside a note of 25.000 đồng).
 * - `fee-placeholder`: an amount of `1 VNĐ`, which the database uses for “free” online.
 * - `fee-missing`: the source gives no fee.
 * - `fee-inconsistent`: channels or notes disagree about the amount.
 * - `agency-missing`: the source names no agency that handles the procedure.
 * - `legacy-source`: taken from a provincial portal or older list, not the current national database.
 * - `status-unverified`: the current status is not confirmed by a source.
 * - `parse-uncertain`: the source table could not be split with certainty; check against the source.
 */
export const flagCodes = [
	'time-limit-placeholder',
	'time-limit-no-unit',
	'time-limit-missing',
	'fee-lost-thousands',
	'fee-placeholder',
	'fee-missing',
	'fee-inconsistent',
	'agency-missing',
	'legacy-source',
	'status-unverified',
	'parse-uncertain',
] as const;

/** A value that needs verifying, kept as written and shown as such. */
export const flagSchema = z
	.object({
		/** Kind of doubt; see the list above. */
		code: z.enum(flagCodes, {
			errorMap: () => ({ message: `cần một trong: ${flagCodes.join(', ')}` }),
		}),
		/** Which value is doubtful, as a path such as `channels[0].fees[0].amount`. */
		path: z
			.string()
			.trim()
			.min(1, 'cần đường dẫn tới giá trị cần xác minh, ví dụ channels[0].fees[0].amount'),
		/** Plain-Vietnamese explanation shown to citizens and officers. */
		message: z.string().trim().min(1, 'cần lời giải thích'),
		/** The source value exactly as written, when it helps the reader. */
		asWritten: z.string().optional(),
	})
	.strict();

export type Flag = z.output<typeof flagSchema>;
export type FlagCode = (typeof flagCodes)[number];
