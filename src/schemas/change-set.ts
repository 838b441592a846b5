import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './primitives';

/**
 * The parts of a procedure the change log follows: what a citizen, a lawyer or an officer needs
 * to know has changed. Other fields (flags, provenance, wording of conditions…) are not logged.
 */
export const trackedFields = [
	'name',
	'status',
	'agency',
	'channels',
	'online',
	'fees',
	'timeLimit',
	'documents',
	'steps',
	'legalBasis',
] as const;

/** How a change set came about. */
export const changeSetKinds = ['baseline', 'import', 'hand-edit'] as const;

/** What happened to one procedure in a change set. */
export const procedureChangeKinds = [
	'added',
	'changed',
	'transferred',
	'replaced',
	'repealed',
	'unlisted',
	'removed',
] as const;

const oneOf = (values: readonly string[]) => ({
	errorMap: () => ({ message: `cần một trong: ${values.join(', ')}` }),
});

/** One field of one procedure: its value before and after, as shown to citizens. */
export const fieldChangeSchema = z
	.object({
		/**
		 * Which part changed: `name` (tên), `status` (tình trạng), `agency` (cơ quan thực hiện),
		 * `channels` (cách thức nộp), `online` (mức độ trực tuyến), `fees` (phí, lệ phí), `timeLimit`
		 * (thời hạn giải quyết), `documents` (thành phần hồ sơ), `steps` (trình tự), `legalBasis`
		 * (căn cứ pháp lý).
		 */
		field: z.enum(trackedFields, oneOf(trackedFields)),
		/** Which item of the field, when it has several: the channel (“Trực tiếp”), the paper, the step. */
		item: z.string().optional(),
		/** The value before, in plain words (“100.000 đ”); left out when the item was added. */
		before: z.string().optional(),
		/** The value after, in plain words (“50.000 đ”); left out when the item was removed. */
		after: z.string().optional(),
	})
	.strict()
	.refine((change) => change.before !== undefined || change.after !== undefined, {
		message: 'cần ít nhất một trong before (giá trị cũ) hoặc after (giá trị mới)',
	});

/** What changed in one procedure. */
export const procedureChangeSchema = z
	.object({
		/** The procedure’s id: its file name without `.md`, usually the national code, e.g. '1.000390'. */
		id: textSchema,
		/** The procedure’s name at the time of the change. */
		name: textSchema,
		/**
		 * `added` (thêm vào danh mục), `changed` (sửa nội dung), `transferred` (chuyển cơ quan khác),
		 * `replaced` (được thay thế), `repealed` (bãi bỏ), `unlisted` (không còn trong danh mục quốc
		 * gia), `removed` (tệp thủ tục đã bị xóa khỏi danh mục).
		 */
		change: z.enum(procedureChangeKinds, oneOf(procedureChangeKinds)),
		/** The decision that published the new version (Quyết định công bố), e.g. `1540/QĐ-BTP`, when known. */
		decision: z.string().optional(),
		/** The fields that changed, in the order of {@link trackedFields}; empty for `added` and `removed`. */
		fields: z.array(fieldChangeSchema).default([]),
	})
	.strict();

/**
 * One change set of the change log (`content/changes/<yyyy-mm-dd>-<kind>.md`): everything one
 * import or one logged hand edit changed. Files are only ever added, never rewritten by the
 * tools; an officer may add a missing `effective` date or `decision` by hand.
 */
export const changeSetSchema = z
	.object({
		/** Day the change was recorded (yyyy-mm-dd), in quotes, e.g. '2026-11-28'. */
		date: isoDateSchema,
		/**
		 * `baseline` (mốc ban đầu: the catalogue as it stood when the log started), `import` (nhập
		 * từ CSDL quốc gia) or `hand-edit` (cán bộ sửa tay tệp thủ tục).
		 */
		kind: z.enum(changeSetKinds, oneOf(changeSetKinds)),
		/** Day the changes take effect for citizens (yyyy-mm-dd), when a decision says so. */
		effective: isoDateSchema.optional(),
		/** Decision behind the whole change set, e.g. `1540/QĐ-BTP`; each procedure may name its own. */
		decision: z.string().optional(),
		/** Who changed what and why, in the editor’s words; required for a hand edit. */
		note: z.string().optional(),
		/** For a baseline: how many procedures the catalogue held, whole number ≥ 0. */
		procedureCount: z.number().int('cần số nguyên').nonnegative('cần số ≥ 0').optional(),
		/** The procedures that changed, each with its fields. */
		changes: z.array(procedureChangeSchema).default([]),
	})
	.strict()
	.superRefine((set, ctx) => {
		if (set.kind === 'baseline' && set.changes.length > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['changes'],
				message: `cần để trống ở mốc ban đầu (kind: baseline); đang có ${set.changes.length} thủ tục`,
			});
		if (set.kind !== 'baseline' && set.changes.length === 0)
			ctx.addIssue({
				code: 'custom',
				path: ['changes'],
				message: 'cần ít nhất một thủ tục thay đổi; đang trống',
			});
		if (set.kind === 'hand-edit' && !set.note?.trim())
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'cần ghi chú của người sửa (ai sửa, vì sao); đang thiếu',
			});
	});

export type FieldChange = z.output<typeof fieldChangeSchema>;
export type ProcedureChange = z.output<typeof procedureChangeSchema>;
export type ChangeSet = z.output<typeof changeSetSchema>;
export type ChangeSetInput = z.input<typeof changeSetSchema>;
export type TrackedField = (typeof trackedFields)[number];
export type ChangeSetKind = (typeof changeSetKinds)[number];
export type ProcedureChangeKind = (typeof procedureChangeKinds)[number];
