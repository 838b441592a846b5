/** Who the department is, as its site and official documents (Kế hoạch, Báo cáo) name it. */
export interface Organisation {
	/** Name of the department, as in the header of its documents. */
	agency: string;
	/** Abbreviation in document numbers: “Số: …/KH-STP”. */
	agencyCode: string;
	/** Province, without “tỉnh”; `null` prints a blank to fill in (“TỈNH ……”). */
	province: string | null;
	/** Governing body printed above the agency in official documents. */
	parentAgency: string;
	/** Name of the public site. */
	siteName: string;
	/** Place printed before the date of official documents; `null` prints a blank. */
	place: string | null;
	/** Title above the signature of the department’s documents. */
	signerTitle: string;
	/** Name printed under the signature; `null` leaves the line blank to fill in. */
	signerName: string | null;
	/**
	 * Unit that leads the review of each field’s procedures (đơn vị chủ trì), printed in the plan.
	 * A procedure already reviewed in the plan year shows the unit named in its review instead.
	 */
	leadUnits: Record<string, string>;
	/** Lead unit of a field missing from `leadUnits`. */
	defaultLeadUnit: string;
}

/**
 * The department that runs this catalogue. Set these for your province: they appear in the
 * site header and in the official documents. Departments organise their units differently:
 * adjust `leadUnits` to yours.
 */
export const organisation: Organisation = {
	agency: 'Sở Tư pháp',
	agencyCode: 'STP',
	province: null,
	parentAgency: 'Ủy ban nhân dân tỉnh',
	siteName: 'Thủ tục hành chính – Sở Tư pháp',
	place: null,
	signerTitle: 'Giám đốc',
	signerName: null,
	leadUnits: {
		'Công chứng': 'Phòng Bổ trợ tư pháp',
		'Tư vấn pháp luật': 'Phòng Bổ trợ tư pháp',
		'Luật sư': 'Phòng Bổ trợ tư pháp',
		'Đấu giá tài sản': 'Phòng Bổ trợ tư pháp',
		'Giám định tư pháp': 'Phòng Bổ trợ tư pháp',
		'Trọng tài thương mại': 'Phòng Bổ trợ tư pháp',
		'Quản tài viên': 'Phòng Bổ trợ tư pháp',
		'Hòa giải thương mại': 'Phòng Bổ trợ tư pháp',
		'Thừa phát lại': 'Phòng Bổ trợ tư pháp',
		'Nuôi con nuôi': 'Phòng Hành chính tư pháp',
		'Quốc tịch': 'Phòng Hành chính tư pháp',
		'Hộ tịch': 'Phòng Hành chính tư pháp',
		'Chứng thực': 'Phòng Hành chính tư pháp',
		'Lý lịch tư pháp': 'Phòng Hành chính tư pháp',
		'Trợ giúp pháp lý': 'Trung tâm Trợ giúp pháp lý nhà nước',
	},
	defaultLeadUnit: 'Phòng chuyên môn phụ trách lĩnh vực',
};
