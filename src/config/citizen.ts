/**
 * What citizens need to act on a procedure that the national record does not say: where the
 * province’s one-stop desk is and when it opens, the province’s own portal, and where feedback
 * goes. Set these for your province. A value left `null` prints nothing (never a placeholder),
 * and `npm run build` warns about it once.
 */

/** A desk where dossiers are handed in (bộ phận một cửa). */
export interface ServiceDesk {
	/** Name as signposted, e.g. “Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh”. */
	name: string | null;
	/** Street address, e.g. “Số 11 đường Nguyễn Đăng Đạo, phường Kinh Bắc”. */
	address: string | null;
	/** Opening hours in plain words, e.g. “Thứ Hai – Thứ Sáu: 7 giờ 30 – 17 giờ; sáng thứ Bảy”. */
	openingHours: string | null;
	/** Telephone number as dialled, e.g. “0222 3 822 666”. */
	phone: string | null;
	/** E-mail address of the desk. */
	email: string | null;
	/** Link to the desk on a map (https://…), e.g. an OpenStreetMap or Google Maps link. */
	mapUrl: string | null;
}

/** The province’s own public-service portal. */
export interface ProvincialPortal {
	/** Name shown on the button, e.g. “Cổng Dịch vụ công tỉnh Bắc Ninh”. */
	name: string;
	/**
	 * Address of one procedure on the portal, with `{code}` where the national code goes, e.g.
	 * `https://dichvucong.bacninh.gov.vn/thu-tuc?ma={code}`. When set, the start button links here.
	 */
	procedureUrl: string;
}

/** Where the “Trang này có hữu ích không?” and “Báo thông tin sai” messages go. */
export interface FeedbackSettings {
	/**
	 * Web address that receives feedback (e.g. the province’s PAKN system), opened as a link with
	 * the query parameters `ma` (procedure code), `muc` (the part of the page), `trang` (the page
	 * address) and, for the “useful?” question, `huu-ich` (`co` or `khong`).
	 */
	endpoint: string | null;
	/** E-mail address for feedback when no endpoint is set: the page opens a prefilled e-mail. */
	email: string | null;
}

export interface CitizenSettings {
	/** The one-stop desk for provincial procedures (Trung tâm Phục vụ hành chính công). */
	provincialDesk: ServiceDesk;
	/** A page listing the communes’ People’s Committees with their addresses, if one exists. */
	communeDirectoryUrl: string | null;
	/** The province’s portal; `null` links the start button to the national portal. */
	provincialPortal: ProvincialPortal | null;
	feedback: FeedbackSettings;
}

export const citizenSettings: CitizenSettings = {
	provincialDesk: {
		name: null,
		address: null,
		openingHours: null,
		phone: null,
		email: null,
		mapUrl: null,
	},
	communeDirectoryUrl: null,
	provincialPortal: null,
	feedback: { endpoint: null, email: null },
};
