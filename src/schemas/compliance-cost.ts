import { z } from 'astro/zod';
import { figureSourceShape, sourcedCountSchema } from './figure-source';
import { boundedNumber, dongSchema } from './primitives';
import { checkTimeLimitBounds, timeUnitSchema, timeValueSchema } from './time-limit';

/** Short key of a cost line, referred to by the option’s effects, e.g. `chuan-bi-ho-so`. */
const lineKeySchema = z
	.string({ invalid_type_error: 'cần một khóa ngắn, ví dụ "chuan-bi-ho-so"' })
	.regex(
		/^[a-z0-9]+(-[a-z0-9]+)*$/,
		'cần khóa ngắn chữ thường không dấu nối bằng gạch, ví dụ "chuan-bi-ho-so"'
	);

/** One activity of the applicant (T_ik): finding out, preparing papers, travelling, waiting… */
export const activitySchema = z
	.object({
		/** Key used by the option’s effects. */
		key: lineKeySchema,
		/** What the applicant does, e.g. “Đi lại, chờ nộp hồ sơ”. */
		name: z.string().trim().min(1, 'cần tên hoạt động'),
		/** Hours per execution, 0 to 1.000; may be decimal, e.g. `1.5`. */
		hours: boundedNumber('cần số giờ từ 0 đến 1.000, ví dụ 1.5', 0, 1000),
		...figureSourceShape,
	})
	.strict();

/** One amount paid per execution: a fee (F_i) or another cost (O_ij: copies, certification, travel…). */
export const moneyLineSchema = z
	.object({
		/** Key used by the option’s effects. */
		key: lineKeySchema,
		/** What is paid, e.g. “Lệ phí đăng ký” or “Chứng thực bản sao (2 trang)”. */
		name: z.string().trim().min(1, 'cần tên khoản tiền'),
		/** Whole đồng per execution, 0 to 1.000.000.000: `50000`, not `50.000`. */
		amount: dongSchema,
		...figureSourceShape,
	})
	.strict();

/** The time limit before the option, in the procedure’s own unit (not part of the cost). */
export const reviewTimeLimitSchema = z
	.object({
		/** Number of units, e.g. `30`; bounds per unit as in time-limit.ts (`timeLimitBounds`). */
		value: timeValueSchema,
		/** `working-days`, `days`, `hours`, `months` or `unspecified`. */
		unit: timeUnitSchema,
		...figureSourceShape,
	})
	.strict()
	.superRefine(checkTimeLimitBounds);

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
				message: 'cần dossiersPerYear, hoặc timesPerYear cùng subjectsPerYear, không cả hai',
			});
		} else if (!cost.dossiersPerYear && !hasPair) {
			ctx.addIssue({
				code: 'custom',
				path: cost.timesPerYear ? ['subjectsPerYear'] : ['timesPerYear'],
				message: 'cần dossiersPerYear, hoặc cả timesPerYear và subjectsPerYear; đang thiếu',
			});
		}
		for (const list of ['activities', 'fees', 'otherCosts'] as const) {
			const seen = new Set<string>();
			cost[list].forEach((line, index) => {
				if (seen.has(line.key)) {
					ctx.addIssue({
						code: 'custom',
						path: [list, index, 'key'],
						message: `cần khóa khác nhau trong ${list}; khóa "${line.key}" đang dùng hai lần`,
					});
				}
				seen.add(line.key);
			});
		}
	});

export type Activity = z.output<typeof activitySchema>;
export type MoneyLine = z.output<typeof moneyLineSchema>;
export type ComplianceCost = z.output<typeof complianceCostSchema>;
