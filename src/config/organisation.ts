/**
 * The department that runs this catalogue. Set these for your province: they appear in the
 * site header and in the official documents (Kế hoạch, Báo cáo).
 */
export const organisation = {
	/** Name of the department, as in the header of its documents. */
	agency: 'Sở Tư pháp',
	/** Province, without “tỉnh”; `null` prints a blank to fill in (“TỈNH ……”). */
	province: null as string | null,
	/** Governing body printed above the agency in official documents. */
	parentAgency: 'Ủy ban nhân dân tỉnh',
	/** Name of the public site. */
	siteName: 'Thủ tục hành chính – Sở Tư pháp',
	/** Place printed before the date of official documents; `null` prints a blank. */
	place: null as string | null,
} as const;
