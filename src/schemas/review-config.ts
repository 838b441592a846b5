import { z } from 'astro/zod';
import { reviewStatusSchema } from './review-status';
import { isoDateSchema, isRealDate } from './primitives';

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

/** One step of the plan’s implementation schedule (tổ chức thực hiện, domain.md §2.2). */
export const scheduleStepSchema = z
	.object({
		/** What is done, in Vietnamese, e.g. “Kiểm soát chất lượng kết quả rà soát”. */
		task: z.string().trim().min(1, 'expected what is done'),
		/** Who does it, e.g. “Văn phòng UBND tỉnh”. */
		by: z.string().trim().min(1, 'expected who does it'),
		/** Day of the plan year it is due, as `mm-dd` (e.g. `06-01` for 1 June). */
		due: z
			.string({ invalid_type_error: 'expected a day as "mm-dd" in quotes' })
			.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day as "mm-dd", e.g. "06-01"')
			// 2024 is a leap year, so 29 February passes and 31 April does not.
			.refine((day) => isRealDate(`2024-${day}`), 'expected a day that exists, as "mm-dd"'),
		/** `true` on the one step whose due day is each selected procedure’s deadline in the plan. */
		procedureDeadline: z.boolean().default(false),
		/** Status every planned review must have reached by the due day; later ones count as overdue. */
		status: reviewStatusSchema.optional(),
	})
	.strict();

/**
 * Steps of the annual cycle as Bình Dương ran them in 2022 and 2025 (domain.md §2.2): dates are
 * provincial practice, not law, so each department sets its own in `content/review/config.md`.
 */
export const defaultSchedule: z.input<typeof scheduleStepSchema>[] = [
	{
		task: 'Ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính',
		by: 'Sở Tư pháp',
		due: '01-31',
	},
	{
		task: 'Rà soát, đánh giá từng thủ tục theo Biểu mẫu 02/RS-KSTT, tính chi phí tuân thủ trước và sau phương án; trình Giám đốc Sở phê duyệt',
		by: 'Đơn vị chủ trì từng thủ tục',
		due: '06-01',
		procedureDeadline: true,
		status: 'submitted',
	},
	{
		task: 'Kiểm soát chất lượng kết quả rà soát độc lập; lấy ý kiến đối tượng chịu tác động khi cần',
		by: 'Văn phòng UBND tỉnh (bộ phận kiểm soát thủ tục hành chính)',
		due: '07-29',
		status: 'quality-checked',
	},
	{
		task: 'Hoàn thiện phương án đơn giản hóa, dự thảo Quyết định thông qua phương án theo lĩnh vực, trình Chủ tịch UBND tỉnh',
		by: 'Đơn vị chủ trì; Văn phòng Sở tổng hợp',
		due: '08-15',
		status: 'finalised',
	},
	{
		task: 'Gửi phương án cần sửa đổi văn bản của trung ương tới bộ, ngành; báo cáo kết quả trong báo cáo công tác kiểm soát thủ tục hành chính',
		by: 'Sở Tư pháp',
		due: '12-15',
	},
];

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
		/** Steps and due days of the plan’s implementation; exactly one sets `procedureDeadline`. */
		schedule: z
			.array(scheduleStepSchema)
			.min(1, 'expected at least one step')
			.default(defaultSchedule)
			.refine(
				(steps) => steps.filter((step) => step.procedureDeadline).length === 1,
				'expected exactly one step with procedureDeadline: true (the deadline of each procedure)'
			),
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
export type ScheduleStep = z.output<typeof scheduleStepSchema>;
