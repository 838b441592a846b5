import { AlignmentType, Packer, Paragraph, type Document, type Table } from 'docx';
import type { FormContent } from '../form/form-content';
import { renderBlocks } from './blocks';
import { a4Document } from './document';
import { mm, size, textWidth } from './page';
import { line, rule } from './paragraphs';
import { twoColumns } from './two-columns';

const centred = AlignmentType.CENTER;

/** The agency block on the left, the form’s code on the right, as annexed forms are headed. */
function formHeader(content: FormContent): Table {
	const left = mm(85);
	const [agency, unit] = content.agency;
	return twoColumns(left, [
		[
			[
				line(agency ?? '', { size: size.header, align: centred }),
				...(unit ? [line(unit, { size: size.header, align: centred, bold: true })] : []),
				rule(left, mm(30)),
			],
			[
				line('Biểu mẫu 02/RS-KSTT', {
					size: size.header,
					align: AlignmentType.RIGHT,
					italics: true,
				}),
			],
		],
	]);
}

/** Signature blocks side by side: title in bold capitals, room to sign, the name or a blank line. */
function signatures(content: FormContent): Table {
	const block = (signer: FormContent['signers'][number]) => [
		line(signer.title, { size: size.body, bold: true, align: centred }),
		line('(Ký, ghi rõ họ tên)', { size: size.table, italics: true, align: centred }),
		...Array.from({ length: 3 }, () => line('', { size: size.body })),
		line(signer.name || '……………………', { size: size.body, bold: true, align: centred }),
	];
	const [left, right] = content.signers;
	return twoColumns(Math.round(textWidth / 2), [[block(left!), block(right!)]]);
}

/**
 * Lays out a filled form 02/RS-KSTT on the page of every official document (NĐ 30/2020: A4,
 * Times New Roman, margins, page numbers from page two), with its sections as tables.
 */
export function formDocument(content: FormContent): Document {
	return a4Document({ creator: content.agency.join(' – '), title: content.title }, [
		formHeader(content),
		line(content.title, { size: size.body, bold: true, align: centred, before: 18 }),
		...content.subtitle.map((text) =>
			line(text, { size: size.body, italics: true, align: centred })
		),
		rule(textWidth, mm(40), 12),
		...renderBlocks(content.blocks),
		new Paragraph({ children: [], spacing: { after: 120 } }),
		signatures(content),
	]);
}

/** The form as the bytes of a .docx file. */
export async function formBytes(content: FormContent): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await Packer.toBuffer(formDocument(content)));
}
