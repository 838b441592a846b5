import { AlignmentType, type Table } from 'docx';
import type { Letterhead } from '../letterhead';
import { mm, size } from './page';
import { line } from './paragraphs';
import { twoColumns } from './two-columns';

/**
 * “Nơi nhận” on the left (bold italic 12 pt, list in 11 pt) and the signer on the right (title in
 * bold capitals, room to sign, name in bold or a blank line), after NĐ 30/2020 Phụ lục I, ô 7–9.
 */
export function closingTable(head: Letterhead): Table {
	const centred = AlignmentType.CENTER;
	return twoColumns(mm(80), [
		[
			[
				line('Nơi nhận:', { size: size.table, bold: true, italics: true }),
				...head.recipients.map((recipient) => line(recipient, { size: size.small })),
			],
			[
				line(head.signerTitle, { size: size.body, bold: true, align: centred }),
				...Array.from({ length: 4 }, () => line('', { size: size.body })),
				line(head.signerName || '……………………', { size: size.body, bold: true, align: centred }),
			],
		],
	]);
}
