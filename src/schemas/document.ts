import { z } from 'astro/zod';
import { boundedNumber, webUrlSchema } from './primitives';

/** A count of papers: a whole number from 0 to 50 (the catalogue asks for at most 3 of a paper). */
const countSchema = boundedNumber('cần số bản nguyên từ 0 đến 50', 0, 50, true);

/** One paper in the dossier (thành phần hồ sơ). */
export const documentItemSchema = z
	.object({
		/** Name of the paper as the source writes it (Tên giấy tờ). */
		name: z.string().trim().min(1, 'cần tên giấy tờ'),
		/** Form or template file for it, if any (Mẫu đơn, tờ khai), e.g. “Mẫu TP-LS-05-sđ.docx”. */
		form: z.string().optional(),
		/** How many originals (bản chính) to hand in, 0 to 50. */
		originals: countSchema.default(0),
		/** How many copies (bản sao) to hand in, 0 to 50. */
		copies: countSchema.default(0),
	})
	.strict();

/**
 * Papers that go together in one case, e.g. “Giấy tờ phải nộp”, “Giấy tờ phải xuất trình” or
 * “Trường hợp có giấy tờ chứng minh quốc tịch Việt Nam”.
 */
export const documentGroupSchema = z
	.object({
		/** The case the papers apply to, as written; leave it out when the list has a single case. */
		case: z.string().optional(),
		/** The papers of this case, in the order the source lists them. */
		items: z.array(documentItemSchema),
	})
	.strict();

/** A result the applicant receives (kết quả thực hiện). */
export const resultSchema = z
	.object({
		/** What the applicant receives, e.g. “Giấy đăng ký hành nghề luật sư”. */
		name: z.string().trim().min(1, 'cần tên kết quả'),
		/** Code of the result in the national database, e.g. `KQ.G15.000094`. */
		code: z.string().optional(),
	})
	.strict();

/** A form (mẫu đơn, tờ khai) used by the procedure. */
export const formSchema = z
	.object({
		/** Name or file name of the form as the source writes it. */
		name: z.string().trim().min(1, 'cần tên mẫu đơn, tờ khai'),
		/** Where to download it, when known: a web address starting with `https://` or `http://`. */
		url: webUrlSchema.optional(),
	})
	.strict();

export type DocumentItem = z.output<typeof documentItemSchema>;
export type DocumentGroup = z.output<typeof documentGroupSchema>;
export type Result = z.output<typeof resultSchema>;
export type Form = z.output<typeof formSchema>;
