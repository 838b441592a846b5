import { z } from 'astro/zod';

/** A count of papers: a whole number, zero or more. */
const countSchema = z
	.number({ invalid_type_error: 'expected a whole number of papers ≥ 0' })
	.int('expected a whole number of papers ≥ 0')
	.nonnegative('expected a whole number of papers ≥ 0');

/** One paper in the dossier (thành phần hồ sơ). */
export const documentItemSchema = z.object({
	/** Name of the paper as the source writes it (Tên giấy tờ). */
	name: z.string().trim().min(1, 'expected the name of the paper'),
	/** Form or template file for it, if any (Mẫu đơn, tờ khai), e.g. “Mẫu TP-LS-05-sđ.docx”. */
	form: z.string().optional(),
	/** How many originals (bản chính) to hand in. */
	originals: countSchema.default(0),
	/** How many copies (bản sao) to hand in. */
	copies: countSchema.default(0),
});

/**
 * Papers that go together in one case, e.g. “Giấy tờ phải nộp”, “Giấy tờ phải xuất trình” or
 * “Trường hợp có giấy tờ chứng minh quốc tịch Việt Nam”.
 */
export const documentGroupSchema = z.object({
	/** The case the papers apply to, as written; leave it out when the list has a single case. */
	case: z.string().optional(),
	/** The papers of this case, in the order the source lists them. */
	items: z.array(documentItemSchema),
});

/** A result the applicant receives (kết quả thực hiện). */
export const resultSchema = z.object({
	/** What the applicant receives, e.g. “Giấy đăng ký hành nghề luật sư”. */
	name: z.string().trim().min(1, 'expected the name of the result'),
	/** Code of the result in the national database, e.g. `KQ.G15.000094`. */
	code: z.string().optional(),
});

/** A form (mẫu đơn, tờ khai) used by the procedure. */
export const formSchema = z.object({
	/** Name or file name of the form as the source writes it. */
	name: z.string().trim().min(1, 'expected the name of the form'),
	/** Where to download it, when known. */
	url: z.string().url('expected a full web address').optional(),
});

export type DocumentItem = z.output<typeof documentItemSchema>;
export type DocumentGroup = z.output<typeof documentGroupSchema>;
export type Result = z.output<typeof resultSchema>;
export type Form = z.output<typeof formSchema>;
