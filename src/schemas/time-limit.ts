import { z } from 'astro/zod';

/** Units a legal time limit (thời hạn giải quyết) is counted in. */
export const timeUnits = ['working-days', 'days', 'hours', 'months', 'unspecified'] as const;

/** Vietnamese labels for {@link timeUnits}, as shown on the site. */
export const timeUnitLabels: Record<(typeof timeUnits)[number], string> = {
	'working-days': 'ngày làm việc',
	days: 'ngày',
	hours: 'giờ',
	months: 'tháng',
	unspecified: '(không ghi đơn vị)',
};

/**
 * Plausible time limits per unit, so a slip such as `0.0001` or `99999` is caught:
 * - `hours`: 0,5 to 720 (30 days);
 * - `working-days`: 0,5 (half a day) to 260 (a year of working days);
 * - `days`: 0,5 to 365;
 * - `months`: 0,5 to 24;
 * - `unspecified` (a number without a unit, read as days): 0,5 to 365.
 * The catalogue today ranges from 1 to 105 (nationality, in days).
 */
export const timeLimitBounds: Record<TimeUnit, { min: number; max: number }> = {
	hours: { min: 0.5, max: 720 },
	'working-days': { min: 0.5, max: 260 },
	days: { min: 0.5, max: 365 },
	months: { min: 0.5, max: 24 },
	unspecified: { min: 0.5, max: 365 },
};

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** Adds an issue at `value` when it is outside the bounds of `unit`. */
export function checkTimeLimitBounds(
	limit: { value?: number; unit: TimeUnit },
	ctx: z.RefinementCtx
): void {
	const bounds = timeLimitBounds[limit.unit];
	// Another rule already reports a value or unit of the wrong kind.
	if (typeof limit.value !== 'number' || !bounds) return;
	const { min, max } = bounds;
	if (limit.value >= min && limit.value <= max) return;
	ctx.addIssue({
		code: 'custom',
		path: ['value'],
		message: `cần thời hạn từ ${decimal.format(min)} đến ${decimal.format(max)} ${timeUnitLabels[limit.unit]}`,
	});
}

/** The number of a time limit: positive; its bounds depend on the unit. */
export const timeValueSchema = z.number({
	invalid_type_error: 'cần một số, ví dụ 15 (số thập phân viết dấu chấm: 0.5)',
});

/** The unit of a time limit. */
export const timeUnitSchema = z.enum(timeUnits, {
	errorMap: () => ({ message: `cần một trong: ${timeUnits.join(', ')}` }),
});

/** The time limit of one channel (thời hạn giải quyết). */
export const timeLimitSchema = z
	.object({
		/**
		 * The number of units, e.g. `15`; `0.5` for half a day. Bounds per unit: see
		 * {@link timeLimitBounds}. Leave it out when the source gives no usable number (empty,
		 * “Không có thông tin”, or the placeholder `1`); then say why in a flag.
		 */
		value: timeValueSchema.optional(),
		/**
		 * What the number counts: `working-days` (ngày làm việc), `days` (ngày), `hours` (giờ),
		 * `months` (tháng), or `unspecified` when the source gives a number without a unit.
		 */
		unit: timeUnitSchema,
		/** The limit exactly as the source writes it, e.g. “15 Ngày làm việc” or “105”. */
		asWritten: z.string({ invalid_type_error: 'cần một đoạn chữ' }).default(''),
	})
	.strict()
	.superRefine(checkTimeLimitBounds);

export type TimeLimit = z.output<typeof timeLimitSchema>;
export type TimeUnit = (typeof timeUnits)[number];
