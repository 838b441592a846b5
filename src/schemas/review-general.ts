import { z } from 'astro/zod';

/**
 * Section I of form 02/RS-KSTT as it stood when the review was made (GEN.1–3): a copy of the
 * procedure file, so that the filed form stays true after the catalogue changes. GEN.4, the
 * reviewing unit, is `reviewer.unit`.
 */
export const generalSchema = z
	.object({
		/** GEN.1: name of the procedure, as published. */
		name: z.string({ required_error: 'cần tên thủ tục' }).trim().min(1, 'cần tên thủ tục'),
		/** GEN.1: code of its record in the national database, in quotes, e.g. '2.000635'. */
		code: z
			.string({ invalid_type_error: 'cần mã số trong dấu nháy, ví dụ "2.000635"' })
			.trim()
			.optional(),
		/** GEN.2: field (lĩnh vực). */
		field: z.string({ required_error: 'cần lĩnh vực' }).trim().min(1, 'cần lĩnh vực'),
		/** GEN.3: the legal documents that set the procedure, one per line, e.g. “123/2015/NĐ-CP”. */
		documents: z.array(z.string().trim().min(1, 'cần số, ký hiệu văn bản')).default([]),
	})
	.strict();

export type General = z.output<typeof generalSchema>;
