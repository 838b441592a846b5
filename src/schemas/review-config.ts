import { z } from 'astro/zod';
import { boundedNumber, isoDateSchema, isRealDate, webUrlSchema } from './primitives';
import { reviewStatusSchema } from './review-status';

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
	'onceOnly',
] as const;

/** A weight of the priority score, 0 to 100. */
const weightSchema = boundedNumber('cần trọng số từ 0 đến 100', 0, 100);

/** A share above 0 and at most 1 (100%). */
const shareSchema = z
	.number({ invalid_type_error: 'cần tỷ lệ lớn hơn 0 và không quá 1, ví dụ 0.3 cho 30%' })
	.refine(
		(value) => value > 0 && value <= 1,
		'cần tỷ lệ lớn hơn 0 và không quá 1, ví dụ 0.3 cho 30%'
	);

/** Average income per working hour (W of the Standard Cost Model), with where it comes from. */
export const hourlyIncomeSchema = z
	.object({
		/** Whole đồng per working hour, 1 to 10.000.000, e.g. `47727`. */
		value: boundedNumber(
			'cần số đồng nguyên mỗi giờ, từ 1 đến 10.000.000, ví dụ 47727',
			1,
			10_000_000,
			true
		),
		/** Always `đồng/giờ`; written out so the file reads on its own. */
		unit: z.literal('đồng/giờ', { errorMap: () => ({ message: 'cần đúng "đồng/giờ"' }) }),
		/** Year the underlying statistic describes, e.g. `2025`. */
		year: boundedNumber('cần một năm từ 2000 đến 2100, ví dụ 2025', 2000, 2100, true),
		/** Publication the statistic comes from, in words. */
		source: z.string().trim().min(1, 'cần tên ấn phẩm công bố số liệu'),
		/** Web address where the figure was read, starting with `https://` or `http://`. */
		url: webUrlSchema.optional(),
		/** How the hourly value was derived, e.g. “8.400.000 ÷ 22 ngày ÷ 8 giờ”. */
		derivation: z.string().trim().min(1, 'cần cách tính ra số theo giờ'),
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
		basis: z.string().trim().min(1, 'cần văn bản đặt ra chỉ tiêu'),
		/** Evidence tag of domain.md: V verified, P partly verified, U unverified. */
		evidence: z.enum(['V', 'P', 'U', 'NF']).default('U'),
	})
	.strict();

/** One step of the plan’s implementation schedule (tổ chức thực hiện, domain.md §2.2). */
export const scheduleStepSchema = z
	.object({
		/** What is done, in Vietnamese, e.g. “Kiểm soát chất lượng kết quả rà soát”. */
		task: z.string().trim().min(1, 'cần nội dung công việc'),
		/** Who does it, e.g. “Văn phòng UBND tỉnh”. */
		by: z.string().trim().min(1, 'cần đơn vị thực hiện'),
		/** Day of the plan year it is due, as `mm-dd` (e.g. `06-01` for 1 June). */
		due: z
			.string({ invalid_type_error: "cần ngày dạng 'mm-dd' trong dấu nháy, ví dụ '06-01'" })
			// 2024 is a leap year, so 29 February passes and 31 April does not.
			.refine(
				(day) => /^\d{2}-\d{2}$/.test(day) && isRealDate(`2024-${day}`),
				"cần một ngày có thật dạng 'mm-dd', ví dụ '06-01'"
			),
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
		shareBasis: z.string().trim().min(1, 'cần nguồn của tỷ lệ'),
		/**
		 * `true`: the plan also chooses from the commune-level procedures (hộ tịch, chứng thực…),
		 * which the province reviews too. Default `false`: only the Department’s own procedures.
		 * `npm run review -- plan --include-commune` does the same for one run.
		 */
		includeCommune: z.boolean({ invalid_type_error: 'cần true hoặc false' }).default(false),
		/** Weight of each ground in the priority score; 0 switches a ground off. */
		weights: z
			.object({
				...(Object.fromEntries(
					planGrounds.filter((key) => key !== 'onceOnly').map((key) => [key, weightSchema])
				) as Record<Exclude<PlanGround, 'onceOnly'>, typeof weightSchema>),
				/**
				 * Papers a national database already holds (content/review/state-data.md); added
				 * after the others, so a file without it keeps its plan (0: switched off).
				 */
				onceOnly: weightSchema.default(0),
			})
			.strict(),
		/** A procedure not reviewed for this many years (or never) gets the full “years since review” weight. */
		coverageYears: boundedNumber('cần số năm nguyên từ 1 đến 20', 1, 20, true).default(4),
		/** Legal documents issued this many calendar years before the plan year count as a change (when never reviewed). */
		legalChangeWindowYears: boundedNumber('cần số năm nguyên từ 0 đến 20', 0, 20, true).default(1),
		/** Time limits of this many days or more count as long when actual handling times are unknown. */
		longTimeLimitDays: boundedNumber('cần số ngày từ 1 đến 365', 1, 365).default(10),
		/** Hourly income W used for time costs. */
		hourlyIncome: hourlyIncomeSchema,
		/** Cut targets: `cost` (chi phí tuân thủ), `count` (số lượng TTHC), optionally `time` (thời gian). */
		targets: z
			.object({ cost: targetSchema, count: targetSchema, time: targetSchema.optional() })
			.strict(),
		/** Steps and due days of the plan’s implementation; exactly one sets `procedureDeadline`. */
		schedule: z
			.array(scheduleStepSchema)
			.min(1, 'cần ít nhất một bước')
			.default(defaultSchedule)
			.refine(
				(steps) => steps.filter((step) => step.procedureDeadline).length === 1,
				'cần đúng một bước có procedureDeadline: true (hạn của từng thủ tục)'
			),
		/** Scoring thresholds; see `npm run review -- score --rules`. */
		scoring: z
			.object({
				/** Necessity below this (0–100) suggests abolishing or replacing the procedure. */
				necessityThreshold: boundedNumber('cần điểm từ 0 đến 100', 0, 100).default(50),
				/** Necessity is capped here when another measure could meet the objectives (NEC.3). */
				alternativeCap: boundedNumber('cần điểm từ 0 đến 100', 0, 100).default(40),
				/** Weight of each reasonableness component; a missing one weighs 1. */
				componentWeights: z.record(weightSchema).default({}),
			})
			.strict()
			.default({}),
	})
	.strict();

export type ReviewConfigInput = z.input<typeof reviewConfigSchema>;
export type ReviewConfig = z.output<typeof reviewConfigSchema>;
export type PlanGround = (typeof planGrounds)[number];
export type ScheduleStep = z.output<typeof scheduleStepSchema>;
