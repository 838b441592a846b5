import { z } from 'astro/zod';

/** Kinds of source a procedure record comes from. */
export const sourceKinds = ['national-db', 'provincial-portal', 'other'] as const;

/** Where the record comes from, so every value can be traced. */
export const provenanceSchema = z.object({
	/** `national-db` (CSDL quốc gia về TTHC), `provincial-portal` (a province’s portal) or `other`. */
	source: z.enum(sourceKinds, {
		errorMap: () => ({ message: `expected one of ${sourceKinds.join(', ')}` }),
	}),
	/** File of the source snapshot the record was imported from, e.g. `csdl-bo-tu-phap.jsonl`. */
	dataset: z.string().trim().min(1, 'expected the source file name'),
	/** Key of the record inside that file: its national code, or `row N` of a table. */
	record: z.string().trim().min(1, 'expected the record key'),
	/** Web page the record was read from. */
	url: z.string().url('expected a full web address').optional(),
	/** Decision that published the procedure (số quyết định công bố), e.g. `1262/QĐ-BTP`. */
	decision: z.string().optional(),
	/** Description of the source document, as given by the source table. */
	document: z.string().optional(),
	/** When the source was captured, as the source says, e.g. “2025-2026”. */
	snapshot: z.string().trim().min(1, 'expected when the source was captured'),
	/** Whether the procedure existed in 2021: an estimate from the source table, not a source value. */
	eraHint: z.string().optional(),
});

export type Provenance = z.output<typeof provenanceSchema>;
