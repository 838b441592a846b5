/** Fields of a national database record (CSDL quốc gia về TTHC) that the importer reads. */
export const nationalFields = [
	'ma_thu_tuc',
	'ten_thu_tuc',
	'so_quyet_dinh',
	'cap_thuc_hien',
	'loai_thu_tuc',
	'linh_vuc',
	'doi_tuong_thuc_hien',
	'co_quan_thuc_hien',
	'co_quan_co_tham_quyen',
	'co_quan_duoc_uy_quyen',
	'co_quan_phoi_hop',
	'dia_chi_tiep_nhan',
	'trinh_tu_thuc_hien',
	'cach_thuc_thuc_hien',
	'thanh_phan_ho_so',
	'can_cu_phap_ly',
	'yeu_cau_dieu_kien',
	'ket_qua_xu_ly',
	'detail_url',
] as const;

/** A national database record, every field as text ('' when the record lacks it). */
export type NationalRecord = Record<(typeof nationalFields)[number], string>;

/** Columns of `procedures-sources.csv`. */
export const sourceColumns = [
	'code',
	'name',
	'field',
	'level',
	'processing_time',
	'fee',
	'legal_basis',
	'online_level',
	'source_url',
	'source_doc',
	'snapshot',
	'era_hint',
	'note',
] as const;

/** A row of `procedures-sources.csv`. */
export type SourceRow = Record<(typeof sourceColumns)[number], string>;

/**
 * Reads a parsed JSON line as a national record: text fields as text, anything missing as ''.
 * Returns a reason instead when the line is not a record with a code and a name.
 */
export function toNationalRecord(value: unknown): NationalRecord | { reason: string } {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return { reason: 'not a JSON object' };
	}
	const source = value as Record<string, unknown>;
	const record = {} as NationalRecord;
	for (const field of nationalFields) {
		const raw = source[field];
		record[field] = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
	}
	if (record.ma_thu_tuc.trim() === '') return { reason: 'no procedure code (ma_thu_tuc)' };
	if (record.ten_thu_tuc.trim() === '') return { reason: 'no procedure name (ten_thu_tuc)' };
	return record;
}
