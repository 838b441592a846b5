import { z } from 'astro/zod';
import { dongSchema, isoDateSchema } from './primitives';

/** Kinds of charge: `phi` (phí, a fee for a service), `le-phi` (lệ phí, a state charge), or not stated. */
export const feeKinds = ['phi', 'le-phi', 'unspecified'] as const;

/** A temporary reduced rate, such as the 50% cut of Thông tư 64/2025/TT-BTC. */
export const temporaryRateSchema = z
	.object({
		/** The reduced amount in whole đồng that applies during the period, 0 to 1.000.000.000. */
		amount: dongSchema,
		/** First day the reduced amount applies (yyyy-mm-dd). */
		from: isoDateSchema.optional(),
		/** Last day the reduced amount applies (yyyy-mm-dd). */
		to: isoDateSchema.optional(),
		/** Number of the document that sets the reduction, e.g. `64/2025/TT-BTC`. */
		basis: z.string().optional(),
	})
	.strict();

/** One fee or charge payable on a channel (phí, lệ phí). */
export const feeSchema = z
	.object({
		/** `phi` (phí), `le-phi` (lệ phí) or `unspecified` when the source does not say which. */
		kind: z.enum(feeKinds, {
			errorMap: () => ({ message: `cần một trong: ${feeKinds.join(', ')}` }),
		}),
		/**
		 * The amount in whole đồng, without dots or commas: `50000`, not `50.000` (YAML would read
		 * `50.000` as 50). From 0 to 1.000.000.000; `0` means free (miễn phí). Leave it out when the
		 * source gives no amount; then add a flag.
		 */
		amount: dongSchema.optional(),
		/** The fee exactly as the source writes it, e.g. “50,000 Việt Nam Đồng” or “Miễn phí”. */
		asWritten: z.string().default(''),
		/** Conditions attached to the amount (per dossier, per page, when it is paid…), as written. */
		conditions: z.string().optional(),
		/** Who does not pay or pays less (đối tượng miễn, giảm), as written. Shown first to citizens. */
		exemptions: z.string().optional(),
		/** A reduced rate in force for a limited period, when the source states one. */
		temporaryRate: temporaryRateSchema.optional(),
	})
	.strict();

export type Fee = z.output<typeof feeSchema>;
export type TemporaryRate = z.output<typeof temporaryRateSchema>;
