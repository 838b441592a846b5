import { z } from 'astro/zod';
import { dongSchema } from './primitives';

const countSchema = z
	.number({ invalid_type_error: 'expected a number ≥ 0' })
	.nonnegative('expected a number ≥ 0');

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
						name: z.string().trim().min(1, 'expected the name of the activity'),
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
						name: z.string().trim().min(1, 'expected the name of the cost'),
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
