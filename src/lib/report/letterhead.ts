import type { Organisation } from '../../config/organisation';

/** The two documents of a year: the plan (Kế hoạch) and the results report (Báo cáo). */
export type ReportDocument = 'plan' | 'results';

/** Blank for a value to fill in by hand, as printed forms leave it. */
export const blank = '……';

/** The header block of an official document (NĐ 30/2020/NĐ-CP, Phụ lục I), as text. */
export interface Letterhead {
	/** Governing body, upper case: “UBND TỈNH ……”. */
	parent: string;
	/** Issuing agency, upper case and bold: “SỞ TƯ PHÁP”. */
	agency: string;
	/** Number and symbol, left blank: “Số: …/KH-STP”. */
	number: string;
	/** Quốc hiệu. */
	nation: string;
	/** Tiêu ngữ. */
	motto: string;
	/** Place and date, left blank for the day of signing: “……, ngày … tháng … năm …”. */
	placeDate: string;
	/** Kind of document, upper case: “KẾ HOẠCH”. */
	kind: string;
	/** What it is about (trích yếu). */
	title: string;
	/** Signer’s title, upper case: “GIÁM ĐỐC”. */
	signerTitle: string;
	/** Signer’s name, or a blank. */
	signerName: string;
	/** Nơi nhận, one line each. */
	recipients: string[];
}

const symbols: Record<ReportDocument, string> = { plan: 'KH', results: 'BC' };

/** Upper case the Vietnamese way (“ủy” → “ỦY”). */
function upper(text: string): string {
	return text.toLocaleUpperCase('vi-VN');
}

/** The governing body’s short form: “Ủy ban nhân dân tỉnh” → “UBND TỈNH ……”. */
function parentLine(organisation: Pick<Organisation, 'parentAgency' | 'province'>): string {
	const short = organisation.parentAgency.replace(/^Ủy ban nhân dân/i, 'UBND');
	return `${upper(short)} ${organisation.province ? upper(organisation.province) : blank}`;
}

/** The header, title, signer and recipients of the plan or the report of `year`. */
export function letterhead(
	organisation: Organisation,
	document: ReportDocument,
	year: number
): Letterhead {
	const agency = organisation.agency;
	return {
		parent: parentLine(organisation),
		agency: upper(agency),
		number: `Số: …/${symbols[document]}-${organisation.agencyCode}`,
		nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		motto: 'Độc lập - Tự do - Hạnh phúc',
		placeDate: `${organisation.place ?? blank}, ngày … tháng … năm …`,
		kind: document === 'plan' ? 'KẾ HOẠCH' : 'BÁO CÁO',
		title:
			document === 'plan'
				? `Rà soát, đánh giá thủ tục hành chính năm ${year}`
				: `Kết quả rà soát, đánh giá thủ tục hành chính năm ${year}`,
		signerTitle: upper(organisation.signerTitle),
		signerName: organisation.signerName ?? '',
		recipients: [
			`- ${organisation.parentAgency} (để báo cáo);`,
			'- Văn phòng UBND tỉnh (bộ phận kiểm soát TTHC);',
			'- Giám đốc, các Phó Giám đốc Sở;',
			`- Các phòng, đơn vị thuộc Sở${document === 'plan' ? ' (để thực hiện)' : ''};`,
			'- Lưu: VT, VP.',
		],
	};
}
