import { z } from 'astro/zod';
import { reasonablenessComponents } from './review-form';
import { boundedNumber, dongSchema } from './primitives';

/**
 * Kinds of change an option proposes (domain.md §4, “Findings → phương án đơn giản hóa”); the
 * simulator offers a switch for each change.
 */
export const changeKinds = [
	'drop-document',
	'use-state-data',
	'move-online',
	'shorten-time-limit',
	'cut-fee',
	'drop-step',
	'fewer-times',
	'decentralise',
	'other',
] as const;

/** Vietnamese labels of {@link changeKinds}. */
export const changeKindLabels: Record<ChangeKind, string> = {
	'drop-document': 'Bỏ thành phần hồ sơ',
	'use-state-data': 'Khai thác dữ liệu sẵn có thay bản sao',
	'move-online': 'Chuyển sang trực tuyến',
	'shorten-time-limit': 'Rút ngắn thời hạn giải quyết',
	'cut-fee': 'Giảm phí, lệ phí',
	'drop-step': 'Bỏ, gộp bước thực hiện',
	'fewer-times': 'Giảm số lần thực hiện',
	decentralise: 'Phân cấp, ủy quyền',
	other: 'Thay đổi khác',
};

/** Actions an option can take on the whole procedure. */
export const optionActions = ['keep', 'simplify', 'replace', 'abolish'] as const;

/** Vietnamese labels of {@link optionActions}. */
export const optionActionLabels: Record<OptionAction, string> = {
	keep: 'Giữ nguyên',
	simplify: 'Đơn giản hóa',
	replace: 'Thay thế',
	abolish: 'Bãi bỏ',
};

/** Hours saved, 0 to 1.000 (as the activities they come from). */
const savedHours = boundedNumber('cần số giờ tiết kiệm từ 0 đến 1.000', 0, 1000);

/**
 * What a change saves, per execution, against the cost lines of `cost` (by their keys). Savings
 * add up when several changes touch the same line; together they may not exceed the line.
 */
export const effectsSchema = z
	.object({
		/** Hours saved per activity key, e.g. `{ di-lai: 2 }`. */
		hours: z.record(savedHours).default({}),
		/** Đồng saved per fee key. */
		fees: z.record(dongSchema).default({}),
		/** Đồng saved per other-cost key. */
		otherCosts: z.record(dongSchema).default({}),
		/** Executions per subject per year saved (e.g. reports 12 → 4 saves 8). */
		timesPerYear: boundedNumber('cần một số từ 0 đến 100.000.000', 0, 100_000_000).optional(),
		/** Units of the time limit saved (in the unit of `cost.timeLimit`). */
		timeLimit: boundedNumber('cần một số từ 0 đến 365', 0, 365).optional(),
	})
	.strict()
	.default({});

/** Where the change must be made in law, and who decides (kiến nghị thực thi). */
export const legalChangeSchema = z
	.object({
		/** Document to amend, e.g. “Thông tư 08/2025/TT-BTP”. */
		document: z.string().trim().min(1, 'cần văn bản phải sửa'),
		/** Article, clause, point, e.g. “Điều 5 khoản 2”. */
		provision: z.string().trim().optional(),
		/** Authority that decides, e.g. “Bộ Tư pháp”, “UBND tỉnh”. */
		decidedBy: z.string().trim().min(1, 'cần cơ quan quyết định'),
		/** By when, as planned, yyyy or yyyy-mm-dd. */
		due: z.string().trim().optional(),
	})
	.strict();

/** One proposed change. */
export const changeSchema = z
	.object({
		/** Short ASCII name other changes use in `requires`, e.g. `truc-tuyen`. */
		key: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'cần một tên ngắn không dấu, ví dụ "truc-tuyen"')
			.optional(),
		/** Keys of the changes this one cannot go without, e.g. a lower online fee `requires: [truc-tuyen]`. */
		requires: z.array(z.string()).default([]),
		/** Kind of change; see the list above. */
		kind: z.enum(changeKinds, {
			errorMap: () => ({ message: `cần một trong: ${changeKinds.join(', ')}` }),
		}),
		/** Component of the procedure it changes (same names as `reasonableness`). */
		component: z.enum(reasonablenessComponents, {
			errorMap: () => ({ message: `cần một trong: ${reasonablenessComponents.join(', ')}` }),
		}),
		/** Nội dung: what changes, in a sentence. */
		what: z.string().trim().min(1, 'cần nội dung thay đổi'),
		/** Lý do: why. */
		reason: z.string().trim().min(1, 'cần lý do'),
		/** Kiến nghị thực thi. */
		legalChange: legalChangeSchema,
		/** What it saves per execution. */
		effects: effectsSchema,
	})
	.strict();

/** The simplification option (phương án đơn giản hóa) with its “after” inputs as savings. */
export const optionSchema = z
	.object({
		/** keep, simplify, replace or abolish the procedure. Abolishing saves its whole cost. */
		action: z.enum(optionActions, {
			errorMap: () => ({ message: `cần một trong: ${optionActions.join(', ')}` }),
		}),
		/** The option in one or two sentences; may wait while the review is a draft. */
		summary: z.string().trim().min(1, 'cần tóm tắt phương án').optional(),
		/** The changes, each with its effect on the cost. */
		changes: z.array(changeSchema).default([]),
	})
	.strict();

export type ChangeKind = (typeof changeKinds)[number];
export type OptionAction = (typeof optionActions)[number];
export type Effects = z.output<typeof effectsSchema>;
export type Change = z.output<typeof changeSchema>;
export type Option = z.output<typeof optionSchema>;
