import {
	AlignmentType,
	Table,
	TableBorders,
	TableCell,
	TableLayoutType,
	TableRow,
	WidthType,
} from 'docx';
import type { Letterhead } from '../letterhead';
import { mm, size, textWidth } from './page';
import { line } from './paragraphs';

const left = mm(80);
const right = textWidth - left;

/**
 * “Nơi nhận” on the left (bold italic 12 pt, list in 11 pt) and the signer on the right (title in
 * bold capitals, room to sign, name in bold or a blank line), after NĐ 30/2020 Phụ lục I, ô 7–9.
 */
export function closingTable(head: Letterhead): Table {
	const centred = AlignmentType.CENTER;
	return new Table({
		width: { size: textWidth, type: WidthType.DXA },
		columnWidths: [left, right],
		layout: TableLayoutType.FIXED,
		borders: TableBorders.NONE,
		rows: [
			new TableRow({
				cantSplit: true,
				children: [
					new TableCell({
						width: { size: left, type: WidthType.DXA },
						children: [
							line('Nơi nhận:', { size: size.table, bold: true, italics: true }),
							...head.recipients.map((recipient) => line(recipient, { size: size.small })),
						],
					}),
					new TableCell({
						width: { size: right, type: WidthType.DXA },
						children: [
							line(head.signerTitle, { size: size.body, bold: true, align: centred }),
							...Array.from({ length: 4 }, () => line('', { size: size.body })),
							line(head.signerName || '……………………', {
								size: size.body,
								bold: true,
								align: centred,
							}),
						],
					}),
				],
			}),
		],
	});
}
