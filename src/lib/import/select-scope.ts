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

/** Rows of the sources table with no current record: procedures that existed before and are gone now. */
export function selectLegacyRows<T extends { row: SourceRow }>(
	rows: readonly T[],
	currentCodes: ReadonlySet<string>
): T[] {
	return rows.filter(({ row }) => !currentCodes.has(oneLine(row.code)));
}
