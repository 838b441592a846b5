import { foldVi } from '../text/fold';
import { oneLine } from './clean-text';
import type { NationalRecord, SourceRow } from './source-types';

/** Which records an import covers: the department’s catalogue, or every record of the scale corpus. */
export type Scope = 'department' | 'all';

/** Civil-judgment enforcement is handled by its own agency, not by the Department of Justice. */
const otherAgencyField = 'thi hanh an dan su';

/** Whether a national record belongs to the department: provincial level, not civil-judgment enforcement. */
export function isDepartmentRecord(record: NationalRecord): boolean {
	return (
		foldVi(record.cap_thuc_hien).includes('cap tinh') &&
		foldVi(record.linh_vuc) !== otherAgencyField
	);
}

/**
 * Fields of the justice sector (ngành Tư pháp) that communes carry out. Other ministries’
 * commune-level procedures sometimes sit in the Ministry of Justice’s file (an agriculture one
 * does in the 2025–2026 snapshot) and are not the justice sector’s to publish.
 */
export const communeJusticeFields = [
	'Hộ tịch',
	'Chứng thực',
	'Nuôi con nuôi',
	'Hòa giải ở cơ sở',
	'Bồi thường nhà nước',
	'Đăng ký biện pháp bảo đảm',
	'Phổ biến, giáo dục pháp luật',
	'Trợ giúp pháp lý',
] as const;

const foldedJusticeFields = new Set<string>(communeJusticeFields.map(foldVi));

/**
 * Whether a national record is a commune-level justice procedure the province publishes too:
 * done at the commune People’s Committee (cấp xã) and not at the province, in a justice field.
 * Citizens look these up most (birth, marriage, death registration, certified copies), and the
 * province reviews them, so the department’s catalogue includes them.
 */
export function isCommuneJusticeRecord(record: NationalRecord): boolean {
	const level = foldVi(record.cap_thuc_hien);
	return (
		level.includes('cap xa') &&
		!level.includes('cap tinh') &&
		foldedJusticeFields.has(foldVi(oneLine(record.linh_vuc)))
	);
}

/** Whether the department’s catalogue carries a national record: its own or a commune-level justice one. */
export function isCatalogueRecord(record: NationalRecord): boolean {
	return isDepartmentRecord(record) || isCommuneJusticeRecord(record);
}

/** Rows of the sources table with no current record: procedures that existed before and are gone now. */
export function selectLegacyRows<T extends { row: SourceRow }>(
	rows: readonly T[],
	currentCodes: ReadonlySet<string>
): T[] {
	return rows.filter(({ row }) => !currentCodes.has(oneLine(row.code)));
}
