import { z } from 'astro/zod';
import { itemAnswerSchema } from './review-item';

/**
 * Answers of form 02/RS-KSTT (TT 02/2017/TT-VPCP, Phụ lục VI), sections II–IV. Section I
 * (general information) comes from the procedure file; section III’s exact wording is rebuilt
 * from TT 03/2022 and is unverified (domain.md §4).
 */

/** One objective (mục tiêu) of the procedure and how it stands today (NEC.1–NEC.2). */
export const objectiveSchema = z
	.object({
		/** `state-management` (a.: quản lý nhà nước) or `rights` (b.: quyền, nghĩa vụ, lợi ích hợp pháp). */
		kind: z.enum(['state-management', 'rights'], {
			errorMap: () => ({ message: 'cần một trong: state-management, rights' }),
		}),
		/** The objective in one concrete sentence; “quản lý nhà nước” alone is not an objective. */
		text: z.string().trim().min(1, 'cần mục tiêu viết thành một câu'),
		/** NEC.2a: has the objective changed while the procedure was in use? */
		changed: z.boolean({
			required_error: 'cần trả lời true hoặc false: mục tiêu có thay đổi không?',
		}),
		/** NEC.2b: is the objective still met by the procedure? */
		stillMet: z.boolean({
			required_error: 'cần trả lời true hoặc false: mục tiêu còn đạt được không?',
		}),
		/** Lý do: why, in a sentence. */
		reason: z.string().trim().optional(),
	})
	.strict();

/** NEC.3: could a measure other than a procedure meet the objectives? */
export const alternativeSchema = z
	.object({
		/** `true` when another measure (data sharing, post-checks, notification…) would do. */
		exists: z.boolean(),
		/** Which measure. */
		measure: z.string().trim().optional(),
		/** Its advantages. */
		advantages: z.string().trim().optional(),
	})
	.strict();

/** Section II: necessity (sự cần thiết). */
export const necessitySchema = z
	.object({
		/** Objectives of the procedure, a.1…a.n and b.1…b.n. */
		objectives: z.array(objectiveSchema).default([]),
		/** NEC.3: another measure. */
		alternative: alternativeSchema.default({ exists: false }),
	})
	.strict();

/** A yes/no answer with its reason: `true` yes, `false` no (a finding), `null` not applicable. */
export const answerSchema = z
	.object({
		/** `true` = Có (reasonable/compliant), `false` = Không (a finding), `null` = không áp dụng; leave out while not answered (a draft). */
		ok: z.boolean().nullable().optional(),
		/** Lý do; required for a “Không”. */
		reason: z.string().trim().optional(),
		/** Đề xuất: what should change, for a “Không”. */
		proposal: z.string().trim().optional(),
		/** One row per paper (documents), step (steps) or condition (conditions) of the procedure. */
		items: z.array(itemAnswerSchema).optional(),
	})
	.strict()
	.refine((answer) => answer.ok !== false || Boolean(answer.reason), {
		message: 'cần lý do cho câu trả lời “Không” (ok: false); đang thiếu',
		path: ['reason'],
	});

/** Components of a procedure (NĐ 63/2010 Điều 8 k2) asked about in section III, in form order. */
export const reasonablenessComponents = [
	'name',
	'steps',
	'channels',
	'documents',
	'timeLimit',
	'applicants',
	'agency',
	'fees',
	'forms',
	'conditions',
	'result',
] as const;

/** Vietnamese labels of {@link reasonablenessComponents}, with their question ids. */
export const reasonablenessLabels: Record<ReasonablenessComponent, string> = {
	name: 'Tên thủ tục (REA.1)',
	steps: 'Trình tự thực hiện (REA.2)',
	channels: 'Cách thức thực hiện (REA.3)',
	documents: 'Thành phần, số lượng hồ sơ (REA.4)',
	timeLimit: 'Thời hạn giải quyết (REA.5)',
	applicants: 'Đối tượng thực hiện (REA.6)',
	agency: 'Cơ quan giải quyết (REA.7)',
	fees: 'Phí, lệ phí (REA.8)',
	forms: 'Mẫu đơn, tờ khai (REA.9)',
	conditions: 'Yêu cầu, điều kiện (REA.10)',
	result: 'Kết quả thực hiện (REA.11)',
};

/** An object with one answer per key, every key required. */
function answersSchema<K extends string>(keys: readonly K[]) {
	const shape = Object.fromEntries(keys.map((key) => [key, answerSchema])) as Record<
		K,
		typeof answerSchema
	>;
	return z.object(shape).strict();
}

/** Section III: reasonableness (tính hợp lý), one answer per component. */
export const reasonablenessSchema = answersSchema(reasonablenessComponents);

/** Questions of section IV: legality (tính hợp pháp) [unverified wording]. */
export const legalityQuestions = [
	'competentAuthority',
	'documentType',
	'allComponents',
	'consistentWithHigherLaw',
] as const;

/** Vietnamese labels of {@link legalityQuestions}. */
export const legalityLabels: Record<LegalityQuestion, string> = {
	competentAuthority: 'Được quy định đúng thẩm quyền',
	documentType: 'Đúng hình thức văn bản (NĐ 63/2010 Điều 7)',
	allComponents: 'Quy định đủ các bộ phận (NĐ 63/2010 Điều 8)',
	consistentWithHigherLaw: 'Phù hợp với văn bản cấp trên',
};

/** Section IV: legality. */
export const legalitySchema = answersSchema(legalityQuestions);

export type Objective = z.output<typeof objectiveSchema>;
export type Necessity = z.output<typeof necessitySchema>;
export type Answer = z.output<typeof answerSchema>;
export type Reasonableness = z.output<typeof reasonablenessSchema>;
export type Legality = z.output<typeof legalitySchema>;
export type ReasonablenessComponent = (typeof reasonablenessComponents)[number];
export type LegalityQuestion = (typeof legalityQuestions)[number];
