import {
	Table,
	TableBorders,
	TableCell,
	TableLayoutType,
	TableRow,
	VerticalAlign,
	WidthType,
	type Paragraph,
} from 'docx';
import { textWidth } from './page';

/**
 * A borderless two-column table across the text width, the way Vietnamese templates place the
 * header block (agency | national motto) and the closing block (Nơi nhận | signer). Cells have no
 * inner margins, so rules drawn by indents measure from the column edges; rows never split.
 */
export function twoColumns(left: number, rows: [Paragraph[], Paragraph[]][]): Table {
	const widths = [left, textWidth - left];
	return new Table({
		width: { size: textWidth, type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		borders: TableBorders.NONE,
		rows: rows.map(
			(cells) =>
				new TableRow({
					cantSplit: true,
					children: cells.map(
						(children, index) =>
							new TableCell({
								width: { size: widths[index]!, type: WidthType.DXA },
								verticalAlign: VerticalAlign.TOP,
								margins: { left: 0, right: 0, top: 0, bottom: 0 },
								children,
							})
					),
				})
		),
	});
}
