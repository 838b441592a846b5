import type { ChangeSet, FieldChange, ProcedureChange } from '../../schemas/change-set';
import { formatDate } from '../format/vi';
import { fieldLabels } from './field-labels';

/**
 * One field change in plain words: “Lệ phí (Trực tiếp): 100.000 đ → 50.000 đ”, “Thành phần hồ
 * sơ: thêm “Tờ khai…””, “Căn cứ pháp lý: bỏ “Luật 65/2006/QH11””. A label both values start
 * with (“Lệ phí: …”) names the change instead of the field.
 */
export function describeFieldChange(change: FieldChange): string {
	const { before, after } = change;
	let label = fieldLabels[change.field];
	let [old, now] = [before, after];
	const shared = sharedLabel(before, after);
	if (shared) {
		label = shared;
		old = before?.slice(shared.length + 2);
		now = after?.slice(shared.length + 2);
	}
	const head = change.item ? `${label} (${change.item})` : label;
	if (old !== undefined && now !== undefined) return `${head}: ${old} → ${now}`;
	if (now !== undefined) return `${head}: thêm “${now}”`;
	return `${head}: bỏ “${old}”`;
}

/** “Lệ phí” when every given value starts “Lệ phí: ” and names one charge. */
function sharedLabel(before?: string, after?: string): string | undefined {
	const values = [before, after].filter((value): value is string => value !== undefined);
	const labels = values.map((value) => /^(Phí|Lệ phí): [^;]*$/.exec(value)?.[1]);
	const [first] = labels;
	return first && labels.every((label) => label === first) ? first : undefined;
}

/**
 * When and why, for the end of a change line: “, từ 01/07/2025, theo Quyết định 1540/QĐ-BTP”.
 * Without an effective date the line says nothing of when the change applies: the day it was
 * recorded is shown with the change set.
 */
export function describeWhenAndWhy(
	set: Pick<ChangeSet, 'effective' | 'decision'>,
	change: Pick<ProcedureChange, 'decision'>
): string {
	const decision = change.decision ?? set.decision;
	return [
		set.effective ? `từ ${formatDate(set.effective)}` : '',
		decision ? `theo Quyết định ${decision}` : '',
	]
		.filter(Boolean)
		.map((part) => `, ${part}`)
		.join('');
}
