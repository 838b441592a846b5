/** Source files, as named in `sources/`. */
export const datasets = {
	department: 'csdl-bo-tu-phap.jsonl',
	police: 'csdl-lltp-cong-an.jsonl',
	all: 'csdl-all-ministries.jsonl.gz',
	table: 'procedures-sources.csv',
} as const;

/**
 * Fields of a national database record (CSDL quốc gia về TTHC) that the importer reads. Every
 * record of the snapshots has all of them, as text; a record without one is cut or corrupt.
 */
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

/** A national database record, every field as text. */
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

/** Fields a record must not leave empty: without them it cannot be placed or named. */
export const nationalKeyFields = [
	'ma_thu_tuc',
	'ten_thu_tuc',
	'cap_thuc_hien',
	'linh_vuc',
] as const;
