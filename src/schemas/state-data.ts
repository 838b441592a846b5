import { z } from 'astro/zod';
import { documentKinds } from '../lib/documents/kinds';
import { figureSourceShape } from './figure-source';
import { nationalCodeSchema, textSchema } from './primitives';

/**
 * The table of papers a national database already holds (content/review/state-data.md): what the
 * once-only finder (`npm run review -- documents`, /ra-soat/giay-to/) proposes to replace by a
 * lookup. Every row names its legal basis as the source records cite it.
 */

const paperKinds = documentKinds
	.map(({ id }) => id)
	.filter((id) => !['note', 'heading', 'other'].includes(id)) as [string, ...string[]];

/** A national database (cơ sở dữ liệu) that holds papers. */
export const stateDatabaseSchema = z
	.object({
		/** Short id the rows below refer to, in lower-case kebab-case, e.g. `dan-cu`. */
		id: z
			.string({ invalid_type_error: 'cần một mã viết thường, ví dụ "dan-cu"' })
			.regex(
				/^[a-z0-9]+(-[a-z0-9]+)*$/,
				'cần một mã viết thường nối bằng dấu gạch, ví dụ "dan-cu"'
			),
		/** Full name as the law writes it, e.g. “Cơ sở dữ liệu quốc gia về dân cư”. */
		name: textSchema,
	})
	.strict();

/** A legal basis for a row, as a source record cites it. */
export const stateDataBasisSchema = z
	.object({
		/** Number of the legal document, e.g. `66.7/2025/NQ-CP`, exactly as the source writes it. */
		document: textSchema,
		/** Its title as the source record gives it. */
		title: textSchema.optional(),
		/**
		 * Code of the source record (sources/*.jsonl, `ma_thu_tuc`) whose text says the paper is
		 * looked up, e.g. `1.003198`; `npm test` checks that the record holds `quote` and cites
		 * `document` when the row is `verified`.
		 */
		record: nationalCodeSchema,
		/** The words of that record that say so, copied verbatim. */
		quote: textSchema,
	})
	.strict();

/** Time and money an applicant spends on one paper, each with where the figure comes from. */
export const paperCostSchema = z
	.object({
		/** Hours per dossier, e.g. `1` (decimal allowed). */
		hours: z
			.object({
				value: z
					.number({ invalid_type_error: 'cần số giờ ≥ 0, ví dụ 1' })
					.nonnegative('cần số giờ ≥ 0, ví dụ 1'),
				...figureSourceShape,
			})
			.strict(),
		/** Fee per dossier in whole đồng, e.g. `2000`; `0` when the source says free or gives none. */
		fee: z
			.object({
				value: z
					.number({ invalid_type_error: 'cần số đồng nguyên ≥ 0, ví dụ 2000' })
					.int('cần số đồng nguyên ≥ 0, ví dụ 2000')
					.nonnegative('cần số đồng nguyên ≥ 0, ví dụ 2000'),
				...figureSourceShape,
				/** Code of the source record the fee is read from, e.g. `2.000815`. */
				record: nationalCodeSchema.optional(),
			})
			.strict(),
	})
	.strict();

/** One kind of paper a database holds. */
export const stateHoldingSchema = z
	.object({
		/** Canonical kind of paper (see the rule table on /ra-soat/giay-to/), e.g. `identity`. */
		kind: z.enum(paperKinds, {
			errorMap: () => ({
				message: `cần một loại giấy tờ trong danh sách: ${paperKinds.join(', ')}`,
			}),
		}),
		/** Id of the database in `databases`, e.g. `dan-cu`. */
		database: textSchema,
		/** Legal basis, as cited by the source records; at least one. */
		basis: z.array(stateDataBasisSchema).min(1, 'cần ít nhất một căn cứ pháp lý'),
		/**
		 * `true` when every basis is cited by its source record; `false` when the row relies on a
		 * law the sources do not cite: pages then say “chưa đối chiếu văn bản”.
		 */
		verified: z.boolean({ invalid_type_error: 'cần true hoặc false' }),
		/** Why, and any limit (e.g. only papers issued in Viet Nam), for officers. */
		note: textSchema.optional(),
		/**
		 * What obtaining a fresh paper costs the applicant when the procedure asks for one that is
		 * only valid a short time (criminal-record certificate, marital-status confirmation). Leave
		 * out for papers the applicant already holds (identity card, birth certificate).
		 */
		obtain: paperCostSchema.optional(),
	})
	.strict();

/** The whole file. */
export const stateDataSchema = z
	.object({
		/** Databases the rows refer to. */
		databases: z.array(stateDatabaseSchema).min(1, 'cần ít nhất một cơ sở dữ liệu'),
		/** Kinds of paper each database holds; one row per kind. */
		holdings: z.array(stateHoldingSchema),
		/** Cost of a certified copy (chứng thực bản sao), for lines that ask for one. */
		certifiedCopy: paperCostSchema,
	})
	.strict()
	.superRefine((table, context) => {
		const ids = new Set(table.databases.map((database) => database.id));
		const kinds = new Set<string>();
		table.holdings.forEach((holding, index) => {
			if (!ids.has(holding.database)) {
				context.addIssue({
					code: 'custom',
					path: ['holdings', index, 'database'],
					message: `cần mã một cơ sở dữ liệu trong databases (${[...ids].join(', ')})`,
				});
			}
			if (kinds.has(holding.kind)) {
				context.addIssue({
					code: 'custom',
					path: ['holdings', index, 'kind'],
					message: 'mỗi loại giấy tờ chỉ ghi một dòng',
				});
			}
			kinds.add(holding.kind);
		});
	});

export type StateDatabase = z.output<typeof stateDatabaseSchema>;
export type StateHolding = z.output<typeof stateHoldingSchema>;
export type StateData = z.output<typeof stateDataSchema>;
export type StateDataInput = z.input<typeof stateDataSchema>;
export type PaperCost = z.output<typeof paperCostSchema>;
