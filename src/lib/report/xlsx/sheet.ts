import type { CellValue, Workbook, Worksheet } from 'exceljs';

/** Number formats: numbers stay numbers, only their display changes. */
export const numberFormats = {
	dong: '#,##0 "đ"',
	count: '#,##0',
	rate: '0.0%',
	score: '0.0',
	hours: '#,##0.0',
	date: 'dd/mm/yyyy',
	text: '@',
} as const;

export type NumberFormat = keyof typeof numberFormats;

/**
 * What the totals row shows under a column: the sum of the column, or one total divided by
 * another (by their columns’ keys: a weighted rate such as Σ saving ÷ Σ before).
 */
export type ColumnTotal = 'sum' | { ratio: [numerator: string, denominator: string] };

/** A column of a data sheet. */
export interface SheetColumn<Row> {
	/** Name for `ColumnTotal.ratio`. */
	key?: string;
	header: string;
	/** Width in characters. */
	width: number;
	format?: NumberFormat;
	value: (row: Row) => CellValue;
	total?: ColumnTotal;
}

/** A sheet as a table: a title line (with the sample-data mark), a heading row, the rows, totals. */
export interface SheetSpec<Row> {
	name: string;
	title: string;
	columns: SheetColumn<Row>[];
	rows: Row[];
	/** Label of the totals row, in the first column; no totals row without it. */
	totalsLabel?: string;
	/** A line under the table, e.g. why it is empty. */
	note?: string;
}

/** Row of the headings; the title is on row 1, so both stay frozen. */
export const headerRow = 2;

/**
 * Adds a sheet: row 1 the title, row 2 the headings (bold, wrapped, frozen with the title), then
 * one row per item. A totals row sums its columns with formulas that carry their computed
 * result, so readers that do not recalculate still show the figure.
 */
export function addSheet<Row>(workbook: Workbook, spec: SheetSpec<Row>): Worksheet {
	const sheet = workbook.addWorksheet(spec.name, {
		views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
	});
	sheet.columns = spec.columns.map((column) => ({
		width: column.width,
		style: column.format ? { numFmt: numberFormats[column.format] } : {},
	}));
	sheet.getCell(1, 1).value = spec.title;
	sheet.getCell(1, 1).font = { bold: true, size: 13 };
	const heading = sheet.getRow(headerRow);
	heading.values = spec.columns.map((column) => column.header);
	heading.font = { bold: true };
	heading.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
	for (const row of spec.rows) {
		const added = sheet.addRow(spec.columns.map((column) => column.value(row)));
		added.alignment = { wrapText: true, vertical: 'top' };
	}
	if (spec.totalsLabel && spec.rows.length > 0) addTotals(sheet, spec);
	if (spec.note) sheet.addRow([spec.note]).font = { italic: true };
	return sheet;
}

/** Sum of a column’s values, without float noise. */
function columnSum<Row>(column: SheetColumn<Row>, rows: Row[]): number {
	return Number(rows.reduce((sum, row) => sum + Number(column.value(row) ?? 0), 0).toPrecision(12));
}

function addTotals<Row>(sheet: Worksheet, spec: SheetSpec<Row>): void {
	const first = headerRow + 1;
	const last = headerRow + spec.rows.length;
	const row = last + 1;
	const letter = (index: number) => sheet.getColumn(index + 1).letter;
	const byKey = (key: string) => {
		const index = spec.columns.findIndex((column) => column.key === key);
		if (index < 0) throw new Error(`no column with key "${key}" in sheet ${spec.name}`);
		return { index, sum: columnSum(spec.columns[index]!, spec.rows) };
	};
	const totals = sheet.addRow(
		spec.columns.map((column, index): CellValue => {
			if (index === 0) return spec.totalsLabel!;
			if (column.total === 'sum') {
				const range = `${letter(index)}${first}:${letter(index)}${last}`;
				return { formula: `SUM(${range})`, result: columnSum(column, spec.rows) };
			}
			if (column.total) {
				const [top, bottom] = column.total.ratio.map(byKey) as [
					ReturnType<typeof byKey>,
					ReturnType<typeof byKey>,
				];
				const a = `${letter(top.index)}${row}`;
				const b = `${letter(bottom.index)}${row}`;
				return {
					formula: `IF(${b}=0,0,${a}/${b})`,
					result: bottom.sum === 0 ? 0 : top.sum / bottom.sum,
				};
			}
			return null;
		})
	);
	totals.font = { bold: true };
}
