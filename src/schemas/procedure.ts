import { z } from 'astro/zod';
import { channelSchema } from './channel';
import { documentGroupSchema, formSchema, resultSchema } from './document';
import { flagSchema } from './flag';
import { legalRefSchema } from './legal-ref';
import { plainStepsSchema } from './plain-steps';
import { fieldNameSchema, nationalCodeSchema, textSchema } from './primitives';
import { provenanceSchema } from './provenance';
import { statusSchema } from './status';

/** Levels of government that carry out a procedure (cấp thực hiện). */
export const levels = ['ministry', 'province', 'district', 'commune', 'other'] as const;

/** Vietnamese labels for {@link levels}, as the national database writes them. */
export const levelLabels: Record<(typeof levels)[number], string> = {
	ministry: 'Cấp bộ',
	province: 'Cấp tỉnh',
	district: 'Cấp huyện',
	commune: 'Cấp xã',
	other: 'Cơ quan khác',
};

/** How far the procedure can be done online (NĐ 42/2022 Điều 11). */
export const onlineLevels = ['full', 'partial', 'none', 'unknown'] as const;

/** Vietnamese labels for {@link onlineLevels}. */
export const onlineLevelLabels: Record<(typeof onlineLevels)[number], string> = {
	full: 'Toàn trình',
	partial: 'Một phần',
	none: 'Không trực tuyến',
	unknown: 'Chưa công bố mức độ',
};

/** Agencies involved (cơ quan thực hiện, có thẩm quyền, được ủy quyền, phối hợp) and where to go. */
export const agenciesSchema = z
	.object({
		/**
		 * Agency that receives and handles the dossier (cơ quan thực hiện), e.g. “Sở Tư pháp”. When the
		 * source names none it reads “Không có thông tin”, with an `agency-missing` flag.
		 */
		implementing: textSchema,
		/** Agency that decides (cơ quan có thẩm quyền), when different, e.g. “Chủ tịch nước”. */
		competent: z.string().optional(),
		/** Agency acting by delegation (cơ quan được ủy quyền). */
		delegated: z.string().optional(),
		/** Agencies that take part (cơ quan phối hợp). */
		coordinating: z.string().optional(),
		/** Where dossiers are received (địa chỉ tiếp nhận hồ sơ). */
		address: z.string().optional(),
	})
	.strict();

/** Online availability of the procedure. */
export const onlineSchema = z
	.object({
		/** `full` (toàn trình), `partial` (một phần), `none`, or `unknown` when no source states it. */
		level: z.enum(onlineLevels, {
			errorMap: () => ({ message: `cần một trong: ${onlineLevels.join(', ')}` }),
		}),
		/** Where the level comes from, e.g. “Cổng DVC tỉnh Thái Bình”. */
		source: z.string().optional(),
	})
	.strict();

/**
 * One administrative procedure (thủ tục hành chính), with every component of NĐ 63/2010 Điều 8
 * and the national database record. The Markdown body below the front matter holds free text:
 * a plain-language summary or notes for citizens. Every field name is checked: a misspelt one
 * (`amout`) is an error naming the field probably meant, not a value silently left out.
 */
export const procedureSchema = z
	.object({
		/** National code (mã thủ tục), in quotes, e.g. '2.002039'; `null` for the few old procedures without one. */
		code: nationalCodeSchema.nullable(),
		/** Official name (tên thủ tục), as published. */
		name: textSchema,
		/**
		 * Field (lĩnh vực), e.g. “Luật sư”, “Quốc tịch”. Spell it exactly as the other procedures of the
		 * field do: it names the page `/linh-vuc/<slug>/`, and two spellings with one slug collide.
		 */
		field: fieldNameSchema,
		/** Levels that carry it out: ministry, province, district, commune, other. */
		level: z
			.array(
				z.enum(levels, { errorMap: () => ({ message: `cần một trong: ${levels.join(', ')}` }) })
			)
			.min(1, 'cần ít nhất một cấp, ví dụ [province]'),
		/** Type of procedure (loại thủ tục) as the national database writes it. */
		type: z.string().optional(),
		/** Who may apply (đối tượng thực hiện), one entry per group, e.g. “Công dân Việt Nam”. */
		applicants: z.array(textSchema).default([]),
		/** Agencies and address. */
		agencies: agenciesSchema,
		/** Ways to submit (cách thức thực hiện), each with its own time limit and fees. */
		channels: z.array(channelSchema).default([]),
		/** Dossier papers (thành phần hồ sơ), grouped by case. */
		documents: z.array(documentGroupSchema).default([]),
		/** Ordered steps (trình tự thực hiện), one paragraph each. */
		steps: z.array(textSchema).default([]),
		/** Hand-written “Cách làm” for citizens, 3–6 steps; see `plain-steps.ts`. */
		plainSteps: plainStepsSchema.optional(),
		/** Requirements and conditions (yêu cầu, điều kiện), one paragraph each. */
		conditions: z.array(textSchema).default([]),
		/** What the applicant receives (kết quả thực hiện). */
		results: z.array(resultSchema).default([]),
		/** Legal basis (căn cứ pháp lý). */
		legalBasis: z.array(legalRefSchema).default([]),
		/** Forms and templates (mẫu đơn, tờ khai). */
		forms: z.array(formSchema).default([]),
		/** Online availability. */
		online: onlineSchema,
		/** Related procedures (thủ tục liên quan): national codes or names. */
		related: z.array(textSchema).default([]),
		/** Extra words citizens use to find it, e.g. “LLTP”, “làm lý lịch”. Edited by hand. */
		keywords: z.array(textSchema).default([]),
		/** Current status: active, transferred, replaced, repealed or unlisted. */
		status: statusSchema,
		/**
		 * Set when another agency, not the Department nor a commune, handles the procedure, e.g.
		 * “Công an tỉnh” for the criminal-record certificates since 2025. The catalogue lists such a
		 * procedure only so that the Department’s transferred procedures can link to it: its page says
		 * whose it is, and the review plan leaves it out. The importer sets it; leave it as it is.
		 */
		otherAgency: z.string().trim().min(1, 'cần tên cơ quan, ví dụ “Công an tỉnh”').optional(),
		/** Where the record comes from. */
		provenance: provenanceSchema,
		/** Values that need verifying; each is shown on the site as being verified. */
		flags: z.array(flagSchema).default([]),
	})
	.strict();

export type ProcedureInput = z.input<typeof procedureSchema>;
export type Procedure = z.output<typeof procedureSchema>;
export type Level = (typeof levels)[number];
export type OnlineLevel = (typeof onlineLevels)[number];
