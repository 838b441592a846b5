import { z } from 'astro/zod';
import { isoDateSchema } from './primitives';
import { reviewStatusSchema } from './review-status';

/**
 * One move of the review to a status, in order: the first entry is the draft. Moving back (for
 * instance reopening an adopted option) needs a reason; `npm run check` checks the order.
 */
export const statusChangeSchema = z
	.object({
		/** The status reached: draft, submitted, quality-checked, finalised, adopted, sent-to-ministry or implemented. */
		status: reviewStatusSchema,
		/** Day it was reached, yyyy-mm-dd in quotes, e.g. '2026-05-20'. */
		date: isoDateSchema,
		/** Unit that made the move, e.g. “Phòng Hành chính tư pháp” or “Văn phòng UBND tỉnh”. */
		unit: z
			.string({ required_error: 'cần tên đơn vị thực hiện bước này' })
			.trim()
			.min(1, 'cần tên đơn vị thực hiện bước này'),
		/** Document or remark, e.g. “Tờ trình số 12/TTr-STP” or “Công văn góp ý của Văn phòng UBND tỉnh”. */
		note: z.string().trim().optional(),
		/** Why the review goes back to an earlier status (mở lại); required for such a move. */
		reason: z.string().trim().optional(),
	})
	.strict();

export type StatusChange = z.output<typeof statusChangeSchema>;
