import type { Procedure } from '../../schemas/procedure';

/**
 * The top-level fields of each procedure in the JSON file, described for `/du-lieu/`. Typed by
 * the schema, and a test checks that every schema field is listed, so the page cannot drift.
 */
export const jsonFields: Record<keyof Procedure, string> = {
	code: 'Mã thủ tục quốc gia (chuỗi, ví dụ "2.002039"), null nếu chưa có',
	name: 'Tên thủ tục',
	field: 'Lĩnh vực',
	level: 'Cấp thực hiện: ministry, province, district, commune, other',
	type: 'Loại thủ tục, như CSDL quốc gia ghi',
	applicants: 'Đối tượng thực hiện, mỗi nhóm một phần tử',
	agencies:
		'Cơ quan thực hiện (implementing), có thẩm quyền (competent), được ủy quyền, phối hợp; địa chỉ tiếp nhận (address)',
	channels:
		'Cách thức thực hiện: kind (in-person, online, postal), timeLimit {value, unit, asWritten}, fees [{kind, amount (đồng), asWritten, exemptions, temporaryRate}]',
	documents: 'Thành phần hồ sơ theo trường hợp: case, items [{name, form, originals, copies}]',
	steps: 'Trình tự thực hiện, mỗi bước một đoạn',
	plainSteps: '“Cách làm” viết cho người dân (3–6 bước: title, text), nếu Sở đã viết',
	conditions: 'Yêu cầu, điều kiện',
	results: 'Kết quả thực hiện: name, code',
	legalBasis: 'Căn cứ pháp lý: number (số ký hiệu), type, title, date, issuer',
	forms: 'Mẫu đơn, tờ khai: name, url',
	online: 'Mức độ trực tuyến: level (full, partial, none, unknown), source',
	related: 'Thủ tục liên quan (mã hoặc tên)',
	keywords: 'Từ khóa người dân hay dùng',
	status:
		'Tình trạng: state (active, transferred, replaced, repealed, unlisted), since, successor {agency, code, name, decision}, note',
	otherAgency:
		'Cơ quan khác đang giải quyết thủ tục (ví dụ "Công an tỉnh"), nếu thủ tục không do Sở Tư pháp hay UBND cấp xã giải quyết',
	provenance:
		'Nguồn: source, dataset, record, url, decision (quyết định công bố), snapshot (thời điểm bản lưu)',
	flags: 'Giá trị đang được xác minh: code, path (vị trí giá trị), message, asWritten',
};
