import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	nationalFields,
	sourceColumns,
	type NationalRecord,
	type SourceRow,
} from '../../../src/lib/import/source-types';

/** A small but realistic national record; fields not given are empty. */
export function mockRecord(overrides: Partial<NationalRecord> = {}): NationalRecord {
	const record = Object.fromEntries(nationalFields.map((field) => [field, ''])) as NationalRecord;
	return {
		...record,
		ma_thu_tuc: '1.002153',
		ten_thu_tuc: 'Đăng ký hành nghề luật sư với tư cách cá nhân',
		so_quyet_dinh: '1262/QĐ-BTP',
		cap_thuc_hien: 'Cấp tỉnh',
		loai_thu_tuc: 'TTHC được giao luật quy định chi tiết',
		linh_vuc: 'Luật sư',
		doi_tuong_thuc_hien: 'Công dân Việt Nam',
		co_quan_thuc_hien: 'Sở Tư pháp',
		trinh_tu_thuc_hien:
			'Luật sư nộp hồ sơ tại Sở Tư pháp.\nTrong thời hạn 05 ngày làm việc, Sở Tư pháp cấp Giấy đăng ký.',
		cach_thuc_thuc_hien:
			'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến5 Ngày làm việcMiễn phíTrực tiếp5 Ngày làm việcMiễn phí',
		thanh_phan_ho_so:
			'--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị đăng ký hành nghề luật sưMẫu TP-LS-05-sđ.docx1 bản chính',
		can_cu_phap_ly: 'Tên văn bản pháp lýMã văn bảnLuật 65/2006/QH1165/2006/QH11',
		yeu_cau_dieu_kien: 'Không có thông tin',
		ket_qua_xu_ly: 'Giấy đăng ký hành nghề luật sưMã: KQ.G15.000094Từ khóaKhông có thông tin',
		detail_url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-0000',
		...overrides,
	};
}

/** A row of `procedures-sources.csv`; columns not given are empty. */
export function mockRow(overrides: Partial<SourceRow> = {}): SourceRow {
	const row = Object.fromEntries(sourceColumns.map((column) => [column, ''])) as SourceRow;
	return {
		...row,
		name: 'Thủ tục công nhận báo cáo viên pháp luật tỉnh',
		field: 'Phổ biến, giáo dục pháp luật',
		level: 'Cấp tỉnh',
		source_url: 'http://tthc.thuathienhue.gov.vn/Content/Dichvucong/donvi?iDonVi=23&iMucDo=4',
		source_doc:
			'Danh mục TTHC mức độ 4 thuộc Sở Tư pháp, Cổng TTHC tỉnh Thừa Thiên Huế (2020-2022)',
		snapshot: '2020-2022',
		...overrides,
	};
}

/**
 * Every file under `dir` (hidden ones too, so a leftover temporary file shows) with the SHA-256
 * of its bytes, keyed by relative path: equal snapshots mean byte-identical folders, and hashes
 * compare far faster than the bytes themselves under `toEqual`.
 */
export function snapshotFolder(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
	}
	return files;
}
