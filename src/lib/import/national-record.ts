import { nationalCodeSchema } from '../../schemas/primitives';
import { nationalFields, nationalKeyFields, type NationalRecord } from './source-types';

/** What is wrong with one record: the field, and what was expected and found. */
export interface RecordProblem {
	field?: string;
	message: string;
}

/**
 * Reads a parsed JSON line as a national record. The line must be an object holding every field
 * the importer reads, each as text, with a well-formed code and a name, level and sector; anything
 * less is a cut or corrupt record, and importing it would empty the procedure it describes.
 */
export function toNationalRecord(value: unknown): NationalRecord | { problems: RecordProblem[] } {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return {
			problems: [{ message: `cần một đối tượng JSON {…}, dòng này là ${jsonKind(value)}` }],
		};
	}
	const source = value as Record<string, unknown>;
	const problems: RecordProblem[] = [];
	for (const field of nationalKeyFields) {
		if (!(field in source))
			problems.push({
				field,
				message: `cần ${keyFieldLabels[field]}, bản ghi không có trường này`,
			});
	}
	const keys: readonly string[] = nationalKeyFields;
	const missing = nationalFields.filter((field) => !(field in source) && !keys.includes(field));
	if (missing.length > 0) {
		problems.push({
			message: `cần đủ các trường của CSDL quốc gia, bản ghi thiếu ${missing.join(', ')} (có lẽ bị cắt hoặc hỏng)`,
		});
	}
	for (const field of nationalFields) {
		const raw = source[field];
		if (raw !== undefined && typeof raw !== 'string')
			problems.push({ field, message: `cần một chuỗi văn bản, đang là ${jsonKind(raw)}` });
	}
	for (const field of nationalKeyFields) {
		const raw = source[field];
		if (typeof raw === 'string' && raw.trim() === '')
			problems.push({ field, message: `cần ${keyFieldLabels[field]}, đang trống` });
	}
	const code = source.ma_thu_tuc;
	if (
		typeof code === 'string' &&
		code.trim() !== '' &&
		!nationalCodeSchema.safeParse(code.trim()).success
	) {
		problems.push({
			field: 'ma_thu_tuc',
			message: `cần mã thủ tục dạng 1.002153 (một chữ số, dấu chấm, sáu chữ số), đang là ${JSON.stringify(code)}`,
		});
	}
	if (problems.length > 0) return { problems };
	return Object.fromEntries(
		nationalFields.map((field) => [field, source[field]])
	) as NationalRecord;
}

/** What each key field holds, for messages. */
const keyFieldLabels: Record<(typeof nationalKeyFields)[number], string> = {
	ma_thu_tuc: 'mã thủ tục, ví dụ 1.002153',
	ten_thu_tuc: 'tên thủ tục',
	cap_thuc_hien: 'cấp thực hiện, ví dụ “Cấp tỉnh”',
	linh_vuc: 'lĩnh vực, ví dụ “Quốc tịch”',
};

/** Names the kind of a JSON value in Vietnamese, showing it briefly. */
export function jsonKind(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'một mảng […]';
	if (typeof value === 'object') return 'một đối tượng {…}';
	const shown = JSON.stringify(value);
	const brief = shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
	if (typeof value === 'string') return `một chuỗi ${brief}`;
	if (typeof value === 'number') return `một số ${brief}`;
	return brief;
}
