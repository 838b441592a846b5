import { z } from 'astro/zod';
import { figureSourceShape, sourcedCountSchema } from './figure-source';
import { dongSchema } from './primitives';
import { timeUnits } from './time-limit';

/** Short key of a cost line, referred to by the option’s effects, e.g. `chuan-bi-ho-so`. */
const lineKeySchema = z
	.string({ invalid_type_error: 'expected a short key like "chuan-bi-ho-so"' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a short ASCII key like "chuan-bi-ho-so"');

/** One activity of the applicant (T_ik): finding out, preparing papers, travelling, waiting… */
export const activitySchema = z
	.object({
		/** Key used by the option’s effects. */
		key: lineKeySchema,
		/** What the applicant does, e.g. “Đi lại, chờ nộp hồ sơ”. */
		name: z.string().trim().min(1, 'expected the name of the activity'),
		/** Hours per execution; may be decimal, e.g. `1.5`. */
		hours: z
			.number({ invalid_type_error: 'expected a number of hours ≥ 0' })
			.nonnegative('expected a number of hours ≥ 0'),
		...figureSourceShape,
	})
	.strict();

/** One amount paid per execution: a fee (F_i) or another cost (O_ij: copies, certification, travel…). */
export const moneyLineSchema = z
	.object({
		/** Key used by the option’s effects. */
		key: lineKeySchema,
		/** What is paid, e.g. “Lệ phí đăng ký” or “Chứng thực bản sao (2 trang)”. */
		name: z.string().trim().min(1, 'expected the name of the amount'),
		/** Whole đồng per execution: `50000`, not `50.000`. */
		amount: dongSchema,
		...figureSourceShape,
	})
	.strict();

/** The time limit before the option, in the procedure’s own unit (not part of the cost). */
export const reviewTimeLimitSchema = z
	.object({
		/** Number of units, e.g. `30`. */
		value: z
			.number({ invalid_type_error: 'expected a number of days' })
			.positive('expected a number > 0'),
		/** `working-days`, `days`, `hours`, `months` or `unspecified`. */
		unit: z.enum(timeUnits, {
			errorMap: () => ({ message: `expected one of ${timeUnits.join(', ')}` }),
		}),
		...figureSourceShape,
	})
	.strict();

/**
 * Compliance-cost inputs (TT 02/2017 Điều 27) as they are today. Give the volume either as
 * `dossiersPerYear` (then f·N = dossiers) or as `timesPerYear` and `subjectsPerYear`.
 */
export const complianceCostSchema = z
	.object({
		/** Activities with their hours per execution. */
		activities: z.array(activitySchema).default([]),
		/** Fees and charges per execution (phí, lệ phí). */
		fees: z.array(moneyLineSchema).default([]),
		/** Other costs per execution: copies, certification, travel, services… */
		otherCosts: z.array(moneyLineSchema).default([]),
		/** f: executions per subject per year (one-off = 1, monthly report = 12). */
		timesPerYear: sourcedCountSchema.optional(),
		/** N: subjects (people, organisations) per year. */
		subjectsPerYear: sourcedCountSchema.optional(),
		/** Dossiers per year, when only that is known: stands for f × N. */
		dossiersPerYear: sourcedCountSchema.optional(),
		/** The legal time limit today; changes that shorten it are measured against it. */
		timeLimit: reviewTimeLimitSchema.optional(),
	})
	.strict()
	.superRefine((cost, ctx) => {
		const hasPair = cost.timesPerYear !== undefined && cost.subjectsPerYear !== undefined;
		if (cost.dossiersPerYear && (cost.timesPerYear || cost.subjectsPerYear)) {
			ctx.addIssue({
				code: 'custom',
				path: ['dossiersPerYear'],
				message: 'give either dossiersPerYear or timesPerYear with subjectsPerYear, not both',
			});
		} else if (!cost.dossiersPerYear && !hasPair) {
			ctx.addIssue({
				code: 'custom',
				path: cost.timesPerYear ? ['subjectsPerYear'] : ['timesPerYear'],
				message: 'expected dossiersPerYear, or both timesPerYear and subjectsPerYear',
			});
		}
		for (const list of ['activities', 'fees', 'otherCosts'] as const) {
			const seen = new Set<string>();
			cost[list].forEach((line, index) => {
				if (seen.has(line.key)) {
					ctx.addIssue({
						code: 'custom',
						path: [list, index, 'key'],
						message: `key "${line.key}" is used twice in ${list}`,
					});
				}
				seen.add(line.key);
			});
		}
	});

export type Activity = z.output<typeof activitySchema>;
export type MoneyLine = z.output<typeof moneyLineSchema>;
export type ComplianceCost = z.output<typeof complianceCostSchema>;
