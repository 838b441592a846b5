/**
 * Canonical kinds of paper (loại giấy tờ) a dossier asks for, so that “Bản sao Giấy khai sinh”,
 * “Trích lục khai sinh (bản sao)” and “Giấy khai sinh của con” count as one document across the
 * catalogue. `note` and `heading` are not papers: the national database files remarks (“Lưu ý: …”)
 * and list headings (“… gồm:”) as document lines, and they must not be counted as papers.
 */
export const documentKinds = [
	{ id: 'application', label: 'Đơn, tờ khai, văn bản đề nghị, thông báo của chính thủ tục' },
	{ id: 'identity', label: 'Giấy tờ tùy thân (CMND, căn cước, hộ chiếu)' },
	{ id: 'birth-certificate', label: 'Giấy khai sinh, trích lục khai sinh' },
	{ id: 'marriage-certificate', label: 'Giấy chứng nhận kết hôn, trích lục kết hôn' },
	{ id: 'marital-status', label: 'Giấy xác nhận tình trạng hôn nhân' },
	{ id: 'death-certificate', label: 'Giấy chứng tử, trích lục khai tử, giấy báo tử' },
	{ id: 'civil-status-other', label: 'Giấy tờ hộ tịch khác (trích lục, quyết định về hộ tịch)' },
	{ id: 'criminal-record', label: 'Phiếu lý lịch tư pháp' },
	{ id: 'residence', label: 'Giấy tờ chứng minh nơi cư trú' },
	{ id: 'nationality', label: 'Giấy tờ chứng minh quốc tịch' },
	{ id: 'family-relationship', label: 'Giấy tờ chứng minh quan hệ gia đình, nhân thân' },
	{ id: 'photo', label: 'Ảnh' },
	{ id: 'curriculum-vitae', label: 'Sơ yếu lý lịch, bản khai lý lịch' },
	{ id: 'degree', label: 'Bằng cấp, chứng chỉ đào tạo, kết quả tập sự' },
	{ id: 'practice-certificate', label: 'Chứng chỉ, thẻ hành nghề, quyết định bổ nhiệm' },
	{ id: 'work-experience', label: 'Giấy tờ chứng minh thời gian công tác, hành nghề' },
	{ id: 'social-status', label: 'Giấy tờ chứng minh diện chính sách (hộ nghèo, người có công…)' },
	{ id: 'medical-record', label: 'Giấy chứng sinh, giấy ra viện, hồ sơ bệnh án' },
	{ id: 'health-certificate', label: 'Giấy chứng nhận sức khỏe' },
	{
		id: 'business-registration',
		label: 'Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh, hợp tác xã',
	},
	{ id: 'licence', label: 'Giấy phép, giấy đăng ký hoạt động, quyết định đã được cấp' },
	{ id: 'land-certificate', label: 'Giấy chứng nhận quyền sử dụng đất, sở hữu nhà' },
	{ id: 'premises', label: 'Giấy tờ về trụ sở, địa điểm, cơ sở vật chất' },
	{ id: 'charter', label: 'Điều lệ, quy chế, quy tắc của tổ chức' },
	{ id: 'project', label: 'Đề án, dự án, phương án, bản thuyết minh' },
	{ id: 'contract', label: 'Hợp đồng, giao dịch, di chúc, thỏa thuận' },
	{ id: 'power-of-attorney', label: 'Văn bản ủy quyền, giấy giới thiệu, văn bản về đại diện' },
	{ id: 'commitment', label: 'Văn bản cam đoan, cam kết' },
	{ id: 'member-list', label: 'Danh sách thành viên, nhân sự' },
	{ id: 'internal-decision', label: 'Nghị quyết, biên bản họp, quyết định của tổ chức' },
	{ id: 'court-decision', label: 'Bản án, quyết định của Tòa án' },
	{
		id: 'authority-confirmation',
		label: 'Văn bản, quyết định, xác nhận của cơ quan, tổ chức khác',
	},
	{ id: 'report', label: 'Báo cáo, bản điều tra, đánh giá' },
	{ id: 'financial', label: 'Giấy tờ tài chính, thuế, hóa đơn, chứng từ' },
	{ id: 'drawing', label: 'Bản vẽ, bản đồ, sơ đồ' },
	{ id: 'eligibility-proof', label: 'Giấy tờ khác chứng minh đủ điều kiện, thuộc đối tượng' },
	{ id: 'other', label: 'Giấy tờ khác (chưa phân loại)' },
	{ id: 'note', label: 'Ghi chú, hướng dẫn (không phải giấy tờ)' },
	{ id: 'heading', label: 'Tiêu đề nhóm giấy tờ (không phải giấy tờ)' },
] as const;

export type DocumentKind = (typeof documentKinds)[number]['id'];

/** Kinds that are not papers: the share of mapped lines counts them, the kind tables do not. */
export const nonPaperKinds: ReadonlySet<DocumentKind> = new Set(['note', 'heading']);

const labels = new Map<string, string>(documentKinds.map(({ id, label }) => [id, label]));

/** The Vietnamese label of a kind. */
export function kindLabel(kind: DocumentKind): string {
	return labels.get(kind)!;
}

/** Whether a string is a canonical kind id (for content files that name kinds). */
export function isDocumentKind(value: string): value is DocumentKind {
	return labels.has(value);
}
