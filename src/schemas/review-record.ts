import { z } from 'astro/zod';
import { complianceCostSchema, type ComplianceCost } from './compliance-cost';
import { legalitySchema, necessitySchema, reasonablenessSchema } from './review-form';
import { boundedNumber } from './primitives';
import { generalSchema } from './review-general';
import { statusChangeSchema } from './review-history';
import { reviewStatuses } from './review-status';
import { optionSchema, type Option } from './simplification-option';

export { reviewStatusLabels, reviewStatuses, type ReviewStatus } from './review-status';

/** Who reviewed (GEN.4) and whom to contact (section V). */
export const reviewerSchema = z
	.object({
		/** Unit that carries out the review, e.g. “Phòng Hành chính tư pháp”. */
		unit: z.string().trim().min(1, 'cần đơn vị rà soát'),
		/** Contact person. */
		person: z.string().trim().optional(),
		/** Phone number. */
		phone: z.string().trim().optional(),
		/** E-mail address. */
		email: z.string().email('cần một địa chỉ thư điện tử').optional(),
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
			.string({ invalid_type_error: "cần mã thủ tục trong dấu nháy, ví dụ '2.002039'" })
			.min(1, "cần mã thủ tục, ví dụ '2.002039'"),
		/** Review year, e.g. `2026`; must match the folder. */
		year: boundedNumber('cần một năm từ 2000 đến 2100, ví dụ 2026', 2000, 2100, true),
		/** `true` for invented sample data: pages then say “Dữ liệu mẫu”. */
		sample: z.boolean().default(false),
		/** draft, submitted, quality-checked, finalised, adopted, sent-to-ministry or implemented; the last entry of `history`. */
		status: z.enum(reviewStatuses, {
			errorMap: () => ({ message: `cần một trong: ${reviewStatuses.join(', ')}` }),
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
					problems.push({
						path,
						message: `cần khóa của một dòng trong cost.${listName[group]}; đang là "${key}"`,
					});
					continue;
				}
				const total = (totals[group].get(key) ?? 0) + saved;
				totals[group].set(key, total);
				if (total > available + 1e-9) {
					problems.push({
						path,
						message: `cần tổng phần tiết kiệm không quá ${available} (giá trị của dòng); đang là ${total}`,
					});
				}
			}
		}
		if (change.effects.timesPerYear !== undefined && !cost.timesPerYear) {
			problems.push({
				path: ['option', 'changes', index, 'effects', 'timesPerYear'],
				message:
					'cần cost.timesPerYear và cost.subjectsPerYear (không dùng dossiersPerYear) để giảm số lần thực hiện',
			});
		}
		if (change.effects.timeLimit !== undefined && !cost.timeLimit) {
			problems.push({
				path: ['option', 'changes', index, 'effects', 'timeLimit'],
				message: 'cần cost.timeLimit (thời hạn hiện nay) để rút ngắn thời hạn',
			});
		}
	});
	return problems;
}

export type ReviewRecordInput = z.input<typeof reviewRecordSchema>;
export type ReviewRecord = z.output<typeof reviewRecordSchema>;
