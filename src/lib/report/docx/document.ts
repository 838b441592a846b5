import {
	AlignmentType,
	Document,
	Header,
	Packer,
	PageNumber,
	Paragraph,
	TextRun,
	type Table,
} from 'docx';
import type { Appendix, DocumentContent } from '../content/blocks';
import { renderBlocks } from './blocks';
import { closingTable } from './closing';
import { letterheadTable, titleBlock } from './letterhead';
import { font, mm, page, size, textWidth } from './page';
import { line, rule } from './paragraphs';

/**
 * Page numbers at the top centre from the second page on (NĐ 30/2020 Phụ lục I, mục II.11);
 * the first page has none, hence `titlePage` and an empty first-page header.
 */
function headers() {
	return {
		default: new Header({
			children: [
				new Paragraph({
					alignment: AlignmentType.CENTER,
					children: [new TextRun({ children: [PageNumber.CURRENT], size: size.header })],
				}),
			],
		}),
		first: new Header({ children: [new Paragraph({ children: [] })] }),
	};
}

/** A phụ lục on a new page: “PHỤ LỤC” and its title in bold capitals, the line saying what it belongs to, a rule. */
function appendix({ title, subtitle, blocks }: Appendix) {
	const centred = AlignmentType.CENTER;
	return [
		line('PHỤ LỤC', { size: size.body, bold: true, align: centred }, { pageBreakBefore: true }),
		line(title, { size: size.body, bold: true, align: centred }),
		line(subtitle, { size: size.body, italics: true, align: centred }),
		rule(textWidth, mm(40), 12),
		...renderBlocks(blocks),
	];
}

/**
 * A document on the NĐ 30/2020 page: A4, Times New Roman 14 pt, the margins of page.ts, page
 * numbers from the second page; `children` are its paragraphs and tables in order.
 */
export function a4Document(
	meta: { creator: string; title: string },
	children: (Paragraph | Table)[]
): Document {
	return new Document({
		...meta,
		styles: {
			default: {
				document: { run: { font, size: size.body }, paragraph: { spacing: { line: 288 } } },
			},
		},
		sections: [
			{
				properties: {
					page: { size: { width: page.width, height: page.height }, margin: page.margin },
					titlePage: true,
				},
				headers: headers(),
				children,
			},
		],
	});
}

/** Lays out one official document: header block, title, body, then “Nơi nhận” and signature. */
export function officialDocument(content: DocumentContent): Document {
	const { letterhead } = content;
	return a4Document(
		{ creator: letterhead.agency, title: `${letterhead.kind} ${letterhead.title}` },
		[
			letterheadTable(letterhead),
			...titleBlock(letterhead),
			...renderBlocks(content.blocks),
			new Paragraph({ children: [], spacing: { after: 120 } }),
			closingTable(letterhead),
			...content.appendices.flatMap(appendix),
		]
	);
}

/** The document as the bytes of a .docx file. */
export async function documentBytes(content: DocumentContent): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await Packer.toBuffer(officialDocument(content)));
}
