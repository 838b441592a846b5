import {
	AlignmentType,
	BorderStyle,
	Paragraph,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType,
} from 'docx';
import type { Block, Column } from '../content/blocks';
import { mm, size, textWidth } from './page';
import { bodyText, line } from './paragraphs';

const alignments = {
	left: AlignmentType.LEFT,
	center: AlignmentType.CENTER,
	right: AlignmentType.RIGHT,
} as const;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
	top: border,
	bottom: border,
	left: border,
	right: border,
	insideHorizontal: border,
	insideVertical: border,
};

/** Column widths in twips, in proportion to the columns’ relative widths, filling the text width. */
function widths(columns: Column[]): number[] {
	const total = columns.reduce((sum, column) => sum + column.width, 0);
	const twips = columns.map((column) => Math.floor((textWidth * column.width) / total));
	twips[twips.length - 1]! += textWidth - twips.reduce((sum, width) => sum + width, 0);
	return twips;
}

function tableCell(text: string, width: number, align: Column['align'], bold: boolean): TableCell {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		verticalAlign: bold ? VerticalAlign.CENTER : VerticalAlign.TOP,
		margins: { left: 80, right: 80, top: 40, bottom: 40 },
		children: text
			.split('\n')
			.map((part) => line(part, { size: size.table, bold, align: alignments[align ?? 'left'] })),
	});
}

/**
 * A bordered table in 12 pt. The heading row is marked `tableHeader`, so Word and LibreOffice
 * repeat it on every page the table runs over; no row splits across pages.
 */
function table(block: Extract<Block, { kind: 'table' }>): Table {
	const twips = widths(block.columns);
	const row = (cells: string[], bold: boolean, header = false) =>
		new TableRow({
			tableHeader: header,
			cantSplit: true,
			children: cells.map((text, index) =>
				tableCell(text, twips[index]!, header ? 'center' : block.columns[index]!.align, bold)
			),
		});
	return new Table({
		width: { size: textWidth, type: WidthType.DXA },
		columnWidths: twips,
		layout: TableLayoutType.FIXED,
		borders,
		rows: [
			row(
				block.columns.map((column) => column.heading),
				true,
				true
			),
			...block.rows.map((cells) => row(cells, false)),
			...(block.footer ? [row(block.footer, true)] : []),
		],
	});
}

/** A one-cell framed box, for the sample-data warning. */
function notice(lines: string[]): Table {
	return new Table({
		width: { size: textWidth, type: WidthType.DXA },
		columnWidths: [textWidth],
		layout: TableLayoutType.FIXED,
		borders: { ...borders, top: { ...border, size: 12 }, bottom: { ...border, size: 12 } },
		rows: [
			new TableRow({
				cantSplit: true,
				children: [
					new TableCell({
						width: { size: textWidth, type: WidthType.DXA },
						margins: { left: 120, right: 120, top: 80, bottom: 80 },
						children: lines.map((text, index) =>
							line(text, {
								size: size.table,
								bold: index === 0,
								italics: index > 0,
								align: AlignmentType.JUSTIFIED,
							})
						),
					}),
				],
			}),
		],
	});
}

/** An article of a decision: “Điều 1.” in bold, then its text, as a justified body paragraph. */
function article(text: string): Paragraph {
	const [, label = '', rest = text] = /^(Điều \d+\.)\s*([\s\S]*)$/.exec(text) ?? [];
	return new Paragraph({
		alignment: AlignmentType.JUSTIFIED,
		indent: { firstLine: mm(12.7) },
		spacing: { after: 6 * 20 },
		children: [
			new TextRun({ text: label ? `${label} ` : '', bold: true, size: size.body }),
			new TextRun({ text: rest, size: size.body }),
		],
	});
}

/** Turns the blocks of a document into docx paragraphs and tables, with 6 pt around each table. */
export function renderBlocks(blocks: Block[]): (Paragraph | Table)[] {
	return blocks.flatMap((block): (Paragraph | Table)[] => {
		switch (block.kind) {
			case 'heading':
				return [bodyText(block.text, { bold: true, keepNext: true, before: 6 })];
			case 'paragraph':
				if (block.style === 'title') {
					return [
						line(block.text, {
							size: size.body,
							bold: true,
							align: AlignmentType.CENTER,
							before: 6,
							after: 6,
							keepNext: true,
						}),
					];
				}
				if (block.style === 'article') return [article(block.text)];
				return [
					bodyText(block.text, {
						bold: block.style === 'bold',
						italics: block.style === 'italic',
						keepNext: block.style === 'bold',
					}),
				];
			case 'list':
				return block.items.map((item) => bodyText(`- ${item}`));
			case 'table':
				return [table(block), line('', { size: size.table, after: 0 })];
			case 'notice':
				return [notice(block.lines), line('', { size: size.table })];
		}
	});
}
