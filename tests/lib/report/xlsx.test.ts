import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadReport } from '../../../src/lib/content/load-report';
import type { ReportData } from '../../../src/lib/report/build-report';
import { renderReport } from '../../../src/lib/report/render';
import { sheetNames } from '../../../src/lib/report/xlsx/workbook';
import { readWorkbook } from './support/read-back';
import { projectContentDir } from '../../../src/lib/content/content-dir';

let data: ReportData;
let workbook: ExcelJS.Workbook;

// Loads the whole catalogue: seconds, many more on a loaded machine.
beforeAll(async () => {
	data = await loadReport(2026, projectContentDir(process.cwd()));
	workbook = await readWorkbook((await renderReport(data, 'xlsx')) as Uint8Array);
}, 300_000);

/** The column of a sheet whose heading (row 2) is `header`. */
function column(sheet: ExcelJS.Worksheet, header: string): number {
	const index = (sheet.getRow(2).values as unknown[]).indexOf(header);
	if (index < 1) throw new Error(`no column "${header}" in ${sheet.name}`);
	return index;
}

/** The data rows of a sheet (after the title and heading rows). */
function dataRows(sheet: ExcelJS.Worksheet, count: number): ExcelJS.Row[] {
	return Array.from({ length: count }, (_, index) => sheet.getRow(3 + index));
}

describe('report workbook', () => {
	test('has the summary, plan, scores, cost and dossier sheets, in order', () => {
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.values(sheetNames));
	});

	test('freezes the title and heading rows of every sheet', () => {
		for (const sheet of workbook.worksheets) {
			expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
		}
	});

	test('lists the plan’s procedures, with dates as dates', () => {
		const sheet = workbook.getWorksheet(sheetNames.plan)!;
		expect(sheet.getCell(1, 1).text).toContain('DỮ LIỆU MẪU');
		const rows = dataRows(sheet, data.plan.selected);
		expect(rows.map((row) => row.getCell(2).value)).toEqual(data.plan.rows.map((row) => row.id));
		const deadline = rows[0]!.getCell(column(sheet, 'Thời hạn hoàn thành'));
		expect(deadline.value).toBeInstanceOf(Date);
		expect(deadline.numFmt).toBe('dd/mm/yyyy');
		expect(sheet.getRow(3 + data.plan.selected).getCell(1).value).toBeNull();
	});

	test('stores money as numbers with a đồng format, rates as percentages', () => {
		const sheet = workbook.getWorksheet(sheetNames.cost)!;
		const records = data.results!.records;
		const before = column(sheet, 'Chi phí một năm – hiện nay');
		const rate = column(sheet, 'Tỷ lệ cắt giảm');
		dataRows(sheet, records.length).forEach((row, index) => {
			expect(row.getCell(before).value).toBe(records[index]!.cost.before.perYear);
			expect(row.getCell(before).numFmt).toBe('#,##0 "đ"');
			expect(row.getCell(rate).value).toBe(records[index]!.cost.savingRate);
			expect(row.getCell(rate).numFmt).toBe('0.0%');
		});
	});

	test('totals the cost with formulas whose results are the report’s totals', () => {
		const sheet = workbook.getWorksheet(sheetNames.cost)!;
		const totalsRow = sheet.getRow(3 + data.results!.records.length);
		expect(totalsRow.getCell(1).value).toBe('Tổng cộng');
		const { totals } = data.results!;
		const cell = (header: string) =>
			totalsRow.getCell(column(sheet, header)).value as { formula: string; result: number };
		expect(cell('Chi phí một năm – hiện nay')).toMatchObject({
			formula: expect.stringMatching(/^SUM\(/),
			result: totals.before,
		});
		expect(cell('Chi phí một năm – sau đơn giản hóa').result).toBe(totals.after);
		expect(cell('Tiết kiệm một năm').result).toBe(totals.saving);
		expect(cell('Tỷ lệ cắt giảm').result).toBeCloseTo(totals.savingRate, 12);
		expect(cell('Giờ tiết kiệm một năm').result).toBe(totals.hoursSaved);
	});

	test('scores every review, and counts the dossiers of the year', () => {
		const scores = workbook.getWorksheet(sheetNames.scores)!;
		expect(scores.getRow(3).getCell(column(scores, 'Tính hợp lý')).value).toBe(
			data.results!.records[0]!.reasonableness
		);
		const dossiers = workbook.getWorksheet(sheetNames.dossiers)!;
		const total = dossiers.getRow(3);
		expect(total.getCell(1).value).toBe('Tổng cộng');
		expect(total.getCell(column(dossiers, 'Tiếp nhận')).value).toBe(data.dossiers!.totals.received);
		expect(dossiers.rowCount).toBe(
			2 + 1 + data.dossiers!.fields.length + data.dossiers!.procedures.length
		);
	});

	test('says so when a year has no review or dossier data yet', async () => {
		const next = await readWorkbook(
			(await renderReport(
				await loadReport(2027, projectContentDir(process.cwd())),
				'xlsx'
			)) as Uint8Array
		);
		expect(next.getWorksheet(sheetNames.cost)!.getCell(3, 1).value).toBe(
			'Chưa có bản rà soát nào của năm 2027.'
		);
		expect(next.getWorksheet(sheetNames.dossiers)!.getCell(3, 1).value).toBe(
			'Chưa có số liệu hồ sơ năm 2027.'
		);
	}, 300_000);
});
