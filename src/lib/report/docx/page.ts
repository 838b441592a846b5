/**
 * Page and type of an administrative document after NĐ 30/2020/NĐ-CP, Phụ lục I: A4, Times New
 * Roman, body 14 pt; margins top and bottom 20 mm, left 30 mm, right 15 mm (the lower ends of the
 * allowed 20–25, 30–35 and 15–20 mm, which leaves the widest tables).
 */

/** Twips (1/20 pt) in a millimetre. */
export function mm(value: number): number {
	return Math.round((value * 1440) / 25.4);
}

/** Half-points, the unit docx sizes text in. */
export function pt(value: number): number {
	return value * 2;
}

export const font = 'Times New Roman';

export const page = {
	width: mm(210),
	height: mm(297),
	margin: {
		top: mm(20),
		bottom: mm(20),
		left: mm(30),
		right: mm(15),
		header: mm(10),
		footer: mm(10),
	},
};

/** Width of the text between the margins, in twips. */
export const textWidth = page.width - page.margin.left - page.margin.right;

/** Type sizes: body and title 14 pt, header 13 pt, tables 12 pt, “Nơi nhận” list 11 pt. */
export const size = {
	body: pt(14),
	header: pt(13),
	table: pt(12),
	small: pt(11),
};
