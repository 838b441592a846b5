import { z } from 'astro/zod';
import { isoDateSchema } from './primitives';

/**
 * Grounds (căn cứ lựa chọn) that raise a procedure’s priority in the annual plan. Weighing them
 * is this project’s proposal, not an official formula (domain.md §3).
 */
export const planGrounds = [
	'volume',
	'feedback',
	'lateRate',
	'timeSlack',
	'yearlyCost',
	'dossierBurden',
	'yearsSinceReview',
	'legalChange',
] as const;

const weightSchema = z
	.number({ invalid_type_error: 'expected a weight ≥ 0' })
	.nonnegative('expected a weight ≥ 0');

const shareSchema = z
	.number({ invalid_type_error: 'expected a share between 0 and 1, e.g. 0.3 for 30%' })
	.gt(0, 'expected a share greater than 0, e.g. 0.3 for 30%')
	.max(1, 'expected a share of at most 1 (100%)');

/** Average income per working hour (W of the Standard Cost Model), with where it comes from. */
export const hourlyIncomeSchema = z
	.object({
		/** Whole đồng per working hour, e.g. `47727`. */
		value: z
			.number({ invalid_type_error: 'expected whole đồng per hour' })
			.int('expected whole đồng per hour')
			.positive('expected whole đồng per hour, greater than 0'),
		/** Always `đồng/giờ`; written out so the file reads on its own. */
		unit: z.literal('đồng/giờ', { errorMap: () => ({ message: 'expected "đồng/giờ"' }) }),
		/** Year the underlying statistic describes, e.g. `2025`. */
		year: z.number().int().min(2000).max(2100),
		/** Publication the statistic comes from, in words. */
		source: z.string().trim().min(1, 'expected the publication the figure comes from'),
		/** Web address where the figure was read. */
		url: z.string().url('expected a full web address').optional(),
		/** How the hourly value was derived, e.g. “8.400.000 ÷ 22 ngày ÷ 8 giờ”. */
		derivation: z.string().trim().min(1, 'expected how the hourly value was derived'),
		/** First day reviews should use this value (yyyy-mm-dd). */
		validFrom: isoDateSchema.optional(),
		/**
		 * `true` only once checked against the official method (TT 02/2017 Điều 27 and its cost
		 * form); until then pages say “chưa đối chiếu văn bản”.
		 */
		verified: z.boolean().default(false),
	})
	.strict();

/** A cut target (chỉ tiêu cắt giảm) with the document that sets it. */
export const targetSchema = z
	.object({
		/** Share to cut, e.g. `0.2` for at least 20%. */
		share: shareSchema,
		/** Document that sets it, e.g. “Nghị quyết 68/NQ-CP (12/5/2020)”. */
		basis: z.string().trim().min(1, 'expected the document that sets the target'),
		/** Evidence tag of domain.md: V verified, P partly verified, U unverified. */
		evidence: z.enum(['V', 'P', 'U', 'NF']).default('U'),
	})
	.strict();

/** Settings of the annual review: selection, hourly income, targets and scoring thresholds. */
export const reviewConfigSchema = z
	.object({
		/** Share of active procedures the annual plan must cover, default 0.30 (the department’s own target). */
		share: shareSchema.default(0.3),
		/** Where the share comes from; no legal text sets a minimum share (domain.md §3). */
		shareBasis: z.string().trim().min(1, 'expected where the share comes from'),
		/** Weight of each ground in the priority score; 0 switches a ground off. */
		weights: z
			.object(
				Object.fromEntries(planGrounds.map((key) => [key, weightSchema])) as Record<
					(typeof planGrounds)[number],
					typeof weightSchema
				>
			)
			.strict(),
		/** A procedure not reviewed for this many years (or never) gets the full “years since review” weight. */
		coverageYears: z.number().int().min(1, 'expected at least 1 year').default(4),
		/** Legal documents issued this many calendar years before the plan year count as a change (when never reviewed). */
		legalChangeWindowYears: z.number().int().min(0).default(1),
		/** Time limits of this many days or more count as long when actual handling times are unknown. */
		longTimeLimitDays: z.number().positive().default(10),
		/** Hourly income W used for time costs. */
		hourlyIncome: hourlyIncomeSchema,
		/** Cut targets: `cost` (chi phí tuân thủ), `count` (số lượng TTHC), optionally `time` (thời gian). */
		targets: z
			.object({ cost: targetSchema, count: targetSchema, time: targetSchema.optional() })
			.strict(),
		/** Scoring thresholds; see `npm run review -- score --rules`. */
		scoring: z
			.object({
				/** Necessity below this (0–100) suggests abolishing or replacing the procedure. */
				necessityThreshold: z.number().min(0).max(100).default(50),
				/** Necessity is capped here when another measure could meet the objectives (NEC.3). */
				alternativeCap: z.number().min(0).max(100).default(40),
				/** Weight of each reasonableness component; a missing one weighs 1. */
				componentWeights: z.record(z.number().nonnegative()).default({}),
			})
			.strict()
			.default({}),
	})
	.strict();

export type ReviewConfigInput = z.input<typeof reviewConfigSchema>;
export type ReviewConfig = z.output<typeof reviewConfigSchema>;
export type PlanGround = (typeof planGrounds)[number];
