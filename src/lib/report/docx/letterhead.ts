import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Letterhead } from '../letterhead';
import { mm, size, textWidth } from './page';
import { line, rule } from './paragraphs';
import { twoColumns } from './two-columns';

/** Left column (agency) and right column (national motto) of the header, in twips. */
const left = mm(62);
const right = textWidth - left;

const centred = AlignmentType.CENTER;

/**
 * The header of NĐ 30/2020 (Phụ lục I, ô 1–4) as a borderless two-column table: agency and
 * number on the left, national motto and place-date on the right, each rule roughly as long as
 * the text asks (a third to a half of the agency name; the full width of the motto). Two rows, so
 * that the number and the date line up.
 */
export function letterheadTable(head: Letterhead): Table {
	// Measured in LibreOffice: Times New Roman bold takes about 157 twips a character for the
	// agency name (13 pt, capitals) and 128 for the motto (14 pt, mixed case).
	const longest = Math.max(...head.agency.split('\n').map((part) => part.length));
	const agencyRule = Math.min(left, Math.round(longest * 157 * 0.45));
	const mottoRule = Math.min(right, head.motto.length * 128);
	return twoColumns(left, [
		[
			[
				...(head.parent ? [line(head.parent, { size: size.header, align: centred })] : []),
				line(head.agency, { size: size.header, align: centred, bold: true }),
				rule(left, agencyRule),
			],
			[
				line(head.nation, { size: size.header - 1, align: centred, bold: true }),
				line(head.motto, { size: size.body, align: centred, bold: true }),
				rule(right, mottoRule),
			],
		],
		[
			[line(head.number, { size: size.header, align: centred, before: 6 })],
			[line(head.placeDate, { size: size.body, align: centred, italics: true, before: 6 })],
		],
	]);
}

/** Kind of document and trích yếu, bold and centred, with a short rule under them. */
export function titleBlock(head: Letterhead): Paragraph[] {
	return [
		line(head.kind, { size: size.body, bold: true, align: centred, before: 18 }),
		line(head.title, { size: size.body, bold: true, align: centred }),
		rule(textWidth, mm(40), 12),
	];
}
