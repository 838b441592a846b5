import { z } from 'astro/zod';
import { formatNumber } from '../lib/format/vi';

/**
 * Upper bounds far above any real procedure, so that only a mistake passes them: a value typed in
 * the wrong unit, extra zeros, or `1e308`. Without them the cost prints as “∞ đ” and exits 0.
 */
export const scmInputLimits = {
	/** Đồng per working hour; the 2025 average income is about 48.000. */
	hourlyIncome: 10_000_000,
	/** Hours of one activity per execution; a year of full-time work is about 2.000. */
	hours: 10_000,
	/** Đồng of one fee or cost item per execution (100 tỷ). */
	amount: 100_000_000_000,
	/** Executions per subject per year: more than one per working hour. */
	timesPerYear: 10_000,
	/** Subjects per year: twice the population of the country. */
	subjectsPerYear: 200_000_000,
	/** Activities or other cost items in one file. */
	items: 100,
} as const;

/** A number from 0 to `max`, decimals allowed; `what` names it in the message (one per value). */
function amountOf(what: string, max: number) {
	const expected = `cần ${what} từ 0 đến ${formatNumber(max)}`;
	return z
		.number({ invalid_type_error: `${expected}, viết như một số JSON (không có dấu ngoặc kép)` })
		.refine((value) => Number.isFinite(value) && value >= 0 && value <= max, expected);
}

/** A whole number of đồng from 0 to `max` (one message per value, whatever is wrong with it). */
function dongUpTo(max: number) {
	const expected = `cần số nguyên đồng từ 0 đến ${formatNumber(max)}, ví dụ 50000`;
	return z
		.number({ invalid_type_error: `${expected} (không dấu chấm, không ngoặc kép)` })
		.refine((value) => Number.isInteger(value) && value >= 0 && value <= max, expected);
}

/**
 * Ad-hoc inputs of `npm run review -- cost --input <file.json>`: one procedure’s Standard Cost
 * Model, money in whole đồng, hours decimal (written with a dot in JSON: `1.5`).
 */
export const scmInputSchema = z
	.object(
		{
			/** W: average income per working hour, whole đồng, e.g. `47727`. */
			hourlyIncome: dongUpTo(scmInputLimits.hourlyIncome),
			/** Activities with hours per execution, e.g. `{"name": "Đi lại", "hours": 2}`. */
			activities: z
				.array(
					z
						.object({
							name: z.string().trim().min(1, 'cần tên của hoạt động'),
							hours: amountOf('số giờ', scmInputLimits.hours),
						})
						.strict()
				)
				.max(scmInputLimits.items, `cần tối đa ${scmInputLimits.items} hoạt động`)
				.default([]),
			/** Fees and charges per execution, whole đồng. */
			fees: dongUpTo(scmInputLimits.amount).default(0),
			/** Other costs per execution, e.g. `{"name": "Chứng thực", "amount": 4000}`. */
			otherCosts: z
				.array(
					z
						.object({
							name: z.string().trim().min(1, 'cần tên của khoản chi'),
							amount: dongUpTo(scmInputLimits.amount),
						})
						.strict()
				)
				.max(scmInputLimits.items, `cần tối đa ${scmInputLimits.items} khoản chi`)
				.default([]),
			/** Executions per subject per year, e.g. `1`; may be decimal (`0.2`: once in five years). */
			timesPerYear: amountOf('số lần mỗi năm', scmInputLimits.timesPerYear),
			/** Subjects per year (or dossiers per year with `timesPerYear: 1`). */
			subjectsPerYear: amountOf('số đối tượng mỗi năm', scmInputLimits.subjectsPerYear),
		},
		{
			invalid_type_error:
				'cần một đối tượng JSON {…} với hourlyIncome, activities, fees, otherCosts, timesPerYear, subjectsPerYear',
		}
	)
	.strict();

export type ScmInputFile = z.output<typeof scmInputSchema>;
