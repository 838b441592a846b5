import { z } from 'astro/zod';
import { isoDateSchema } from './primitives';

/**
 * Pattern of a Vietnamese legal document number (số ký hiệu): number, year, symbol, e.g.
 * `24/2008/QH12`, `191/2025/NĐ-CP`, `66.7/2025/NQ-CP`, `146/2012/TTLT-BTC-BTP`.
 */
export const legalNumberPattern = /^\d+(\.\d+)?\/\d{4}\/[A-ZĐ][A-ZĐ0-9]*(-[A-ZĐa-z0-9]+)*$/u;

/** A document the procedure is based on (căn cứ pháp lý). */
export const legalRefSchema = z
	.object({
		/** Number and symbol (số ký hiệu), e.g. `191/2025/NĐ-CP`. */
		number: z
			.string({ invalid_type_error: 'cần số ký hiệu văn bản, ví dụ "191/2025/NĐ-CP"' })
			.regex(legalNumberPattern, 'cần số ký hiệu dạng số/năm/ký hiệu, ví dụ "191/2025/NĐ-CP"'),
		/** Kind of document: Luật, Nghị định, Nghị quyết, Thông tư, Thông tư liên tịch, Quyết định… */
		type: z.string().optional(),
		/** Title or summary (trích yếu) as the source writes it. */
		title: z.string().optional(),
		/** Date of issue (ngày ban hành), yyyy-mm-dd, when the source gives it. */
		date: isoDateSchema.optional(),
		/** Issuing body (cơ quan ban hành), e.g. Quốc hội, Chính phủ, Bộ Tư pháp. */
		issuer: z.string().optional(),
	})
	.strict();

export type LegalRef = z.output<typeof legalRefSchema>;
