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

/** The time limit of one channel (thời hạn giải quyết). */
export const timeLimitSchema = z.object({
	/**
	 * The number of units, e.g. `15`. Leave it out when the source gives no usable number
	 * (empty, “Không có thông tin”, or the placeholder `1`); then say why in a flag.
	 */
	value: z
		.number({ invalid_type_error: 'expected a number of days or hours' })
		.positive('expected a number greater than 0')
		.optional(),
	/**
	 * What the number counts: `working-days` (ngày làm việc), `days` (ngày), `hours` (giờ),
	 * `months` (tháng), or `unspecified` when the source gives a number without a unit.
	 */
	unit: z.enum(timeUnits, {
		errorMap: () => ({ message: `expected one of ${timeUnits.join(', ')}` }),
	}),
	/** The limit exactly as the source writes it, e.g. “15 Ngày làm việc” or “105”. */
	asWritten: z.string().default(''),
});

export type TimeLimit = z.output<typeof timeLimitSchema>;
export type TimeUnit = (typeof timeUnits)[number];
