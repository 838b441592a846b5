import { z } from 'astro/zod';

/**
 * One row of section III for a single part of the procedure: a paper of the dossier (REA.4), a
 * step (REA.2) or a condition (REA.10), answered like the component itself. `npm run review --
 * new` writes one row per paper, step and condition of the procedure.
 */
export const itemAnswerSchema = z
	.object({
		/** The paper, step or condition, as the procedure file writes it. */
		item: z
			.string({ required_error: 'cần tên giấy tờ, bước hoặc điều kiện' })
			.trim()
			.min(1, 'cần tên giấy tờ, bước hoặc điều kiện'),
		/** `true` = Có (cần thiết, hợp lý), `false` = Không (a finding), `null` = không áp dụng; leave out while not answered. */
		ok: z
			.boolean({ invalid_type_error: 'cần true (Có), false (Không) hoặc null' })
			.nullable()
			.optional(),
		/** Lý do; required for a “Không”. */
		reason: z.string().trim().optional(),
		/** Đề xuất: what should change, for a “Không”, e.g. “Bỏ bản sao giấy khai sinh”. */
		proposal: z.string().trim().optional(),
	})
	.strict()
	.refine((row) => row.ok !== false || Boolean(row.reason), {
		message: 'trả lời “Không” cần ghi lý do',
		path: ['reason'],
	});

export type ItemAnswer = z.output<typeof itemAnswerSchema>;
