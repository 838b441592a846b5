import { z } from 'astro/zod';
import { webUrlSchema } from './primitives';

/** Kinds of source a procedure record comes from. */
export const sourceKinds = ['national-db', 'provincial-portal', 'other'] as const;

/** Where the record comes from, so every value can be traced. */
export const provenanceSchema = z
	.object({
		/** `national-db` (CSDL quốc gia về TTHC), `provincial-portal` (a province’s portal) or `other`. */
		source: z.enum(sourceKinds, {
			errorMap: () => ({ message: `cần một trong: ${sourceKinds.join(', ')}` }),
		}),
		/** File of the source snapshot the record was imported from, e.g. `csdl-bo-tu-phap.jsonl`. */
		dataset: z.string().trim().min(1, 'cần tên tệp nguồn, ví dụ csdl-bo-tu-phap.jsonl'),
		/** Key of the record inside that file: its national code, or `row N` of a table. */
		record: z.string().trim().min(1, 'cần khóa của bản ghi trong tệp nguồn'),
		/** Web page the record was read from: an address starting with `https://` or `http://`. */
		url: webUrlSchema.optional(),
		/** Decision that published the procedure (số quyết định công bố), e.g. `1262/QĐ-BTP`. */
		decision: z.string().optional(),
		/** Description of the source document, as given by the source table. */
		document: z.string().optional(),
		/** When the source was captured, as the source says, e.g. “2025-2026”. */
		snapshot: z.string().trim().min(1, 'cần thời điểm lấy dữ liệu nguồn, ví dụ "2025-2026"'),
		/** Whether the procedure existed in 2021: an estimate from the source table, not a source value. */
		eraHint: z.string().optional(),
	})
	.strict();

export type Provenance = z.output<typeof provenanceSchema>;
