import { z } from 'astro/zod';
import { boundedNumber, dongSchema } from './primitives';

/** A count or number of hours, 0 to 100.000.000: `1e308` is a slip, not a workload. */
const countSchema = boundedNumber('cần một số từ 0 đến 100.000.000', 0, 100_000_000);

/**
 * Ad-hoc inputs of `npm run review -- cost --input <file.json>`: one procedure’s Standard Cost
 * Model, money in whole đồng, hours decimal.
 */
export const scmInputSchema = z
	.object({
		/** W: average income per working hour, whole đồng. */
		hourlyIncome: dongSchema,
		/** Activities with hours per execution, e.g. `{"name": "Đi lại", "hours": 2}`. */
		activities: z
			.array(
				z
					.object({
						name: z.string().trim().min(1, 'cần tên hoạt động'),
						hours: countSchema,
					})
					.strict()
			)
			.default([]),
		/** Fees and charges per execution, whole đồng. */
		fees: dongSchema.default(0),
		/** Other costs per execution, e.g. `{"name": "Chứng thực", "amount": 4000}`. */
		otherCosts: z
			.array(
				z
					.object({
						name: z.string().trim().min(1, 'cần tên khoản chi phí'),
						amount: dongSchema,
					})
					.strict()
			)
			.default([]),
		/** Executions per subject per year. */
		timesPerYear: countSchema,
		/** Subjects per year (or dossiers per year with `timesPerYear: 1`). */
		subjectsPerYear: countSchema,
	})
	.strict();

export type ScmInputFile = z.output<typeof scmInputSchema>;
