import { z } from 'astro/zod';
import { complianceCostSchema, type ComplianceCost } from './compliance-cost';
import { legalitySchema, necessitySchema, reasonablenessSchema } from './review-form';
import { generalSchema } from './review-general';
import { statusChangeSchema } from './review-history';
import { reviewStatuses } from './review-status';
import { optionSchema, type Option } from './simplification-option';

export { reviewStatusLabels, reviewStatuses, type ReviewStatus } from './review-status';

/** Who reviewed (GEN.4) and whom to contact (section V). */
export const reviewerSchema = z
	.object({
		/** Unit that carries out the review, e.g. “Phòng Hành chính tư pháp”. */
		unit: z.string().trim().min(1, 'expected the reviewing unit'),
		/** Contact person. */
		person: z.string().trim().optional(),
		/** Phone number. */
		phone: z.string().trim().optional(),
		/** E-mail address. */
		email: z.string().email('expected an e-mail address').optional(),
	})
	.strict();

/**
 * One review of one procedure in one year: `content/reviews/<year>/<procedure id>.md`. The
 * body below the front matter holds free-text notes, shown as plain paragraphs (no Markdown).
 */
export const reviewRecordSchema = z
	.object({
		/** Id of the procedure file reviewed: its national code in quotes, e.g. '2.002039'. */
		procedure: z
			.string({ invalid_type_error: 'expected the procedure id in quotes, like "2.002039"' })
			.min(1),
		/** Review year, e.g. `2026`; must match the folder. */
		year: z.number({ invalid_type_error: 'expected a year like 2026' }).int().min(2000).max(2100),
		/** `true` for invented sample data: pages then say “Dữ liệu mẫu”. */
		sample: z.boolean().default(false),
		/** draft, submitted, quality-checked, finalised, adopted, sent-to-ministry or implemented; the last entry of `history`. */
		status: z.enum(reviewStatuses, {
			errorMap: () => ({ message: `expected one of ${reviewStatuses.join(', ')}` }),
		}),
		/** Decision adopting the option (quyết định thông qua phương án), once adopted. */
		decision: z.string().trim().optional(),
		/** How the review moved through the cycle, oldest first, each move with its date and unit. */
		history: z.array(statusChangeSchema).default([]),
		/** Section I (GEN.1–3) as it stood when the review started. */
		general: generalSchema.optional(),
		/** GEN.4 and section V. */
		reviewer: reviewerSchema,
		/** Section II. */
		necessity: necessitySchema,
		/** Section III. */
		reasonableness: reasonablenessSchema,
		/** Section IV. */
		legality: legalitySchema,
		/** Compliance-cost inputs before the option. */
		cost: complianceCostSchema,
		/** The simplification option. */
		option: optionSchema,
	})
	.strict()
	.superRefine((record, ctx) => {
		for (const issue of effectProblems(record.cost, record.option))
			ctx.addIssue({ code: 'custom', ...issue });
	});

/** Effects must name existing cost lines, and together may not save more than a line holds. */
export function effectProblems(
	cost: ComplianceCost,
	option: Option
): { path: (string | number)[]; message: string }[] {
	const problems: { path: (string | number)[]; message: string }[] = [];
	const lines = {
		hours: new Map(cost.activities.map((line) => [line.key, line.hours])),
		fees: new Map(cost.fees.map((line) => [line.key, line.amount])),
		otherCosts: new Map(cost.otherCosts.map((line) => [line.key, line.amount])),
	};
	const listName = { hours: 'activities', fees: 'fees', otherCosts: 'otherCosts' } as const;
	const totals = {
		hours: new Map<string, number>(),
		fees: new Map<string, number>(),
		otherCosts: new Map<string, number>(),
	};
	option.changes.forEach((change, index) => {
		for (const group of ['hours', 'fees', 'otherCosts'] as const) {
			for (const [key, saved] of Object.entries(change.effects[group])) {
				const path = ['option', 'changes', index, 'effects', group, key];
				const available = lines[group].get(key);
				if (available === undefined) {
					problems.push({ path, message: `no line with key "${key}" in cost.${listName[group]}` });
					continue;
				}
				const total = (totals[group].get(key) ?? 0) + saved;
				totals[group].set(key, total);
				if (total > available + 1e-9) {
					problems.push({
						path,
						message: `the changes save ${total} in total but the line holds only ${available}`,
					});
				}
			}
		}
		if (change.effects.timesPerYear !== undefined && !cost.timesPerYear) {
			problems.push({
				path: ['option', 'changes', index, 'effects', 'timesPerYear'],
				message:
					'fewer executions a year needs cost.timesPerYear and cost.subjectsPerYear, not dossiersPerYear',
			});
		}
		if (change.effects.timeLimit !== undefined && !cost.timeLimit) {
			problems.push({
				path: ['option', 'changes', index, 'effects', 'timeLimit'],
				message: 'shortening the time limit needs cost.timeLimit (the limit today)',
			});
		}
	});
	return problems;
}

export type ReviewRecordInput = z.input<typeof reviewRecordSchema>;
export type ReviewRecord = z.output<typeof reviewRecordSchema>;
