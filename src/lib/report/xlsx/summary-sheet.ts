import type { Workbook } from 'exceljs';
import type { ReportData } from '../build-report';
import { keyFigures } from '../key-figures';
import { headerRow, numberFormats } from './sheet';

/** Adds the summary sheet: the page’s key figures as number cells, then the notes on sample data. */
export function summarySheet(workbook: Workbook, name: string, data: ReportData): void {
	const sheet = workbook.addWorksheet(name, {
		views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
	});
	sheet.columns = [{ width: 48 }, { width: 20 }];
	sheet.getCell(1, 1).value = `Rà soát, đánh giá thủ tục hành chính năm ${data.year}`;
	sheet.getCell(1, 1).font = { bold: true, size: 13 };
	const heading = sheet.getRow(headerRow);
	heading.values = ['Chỉ tiêu', 'Giá trị'];
	heading.font = { bold: true };
	const { plan, cost, dossiers } = keyFigures(data);
	for (const figure of [...plan, ...cost, ...dossiers]) {
		const row = sheet.addRow([figure.label, figure.value]);
		row.getCell(2).numFmt = numberFormats[figure.kind];
	}
	if (data.sample) {
		sheet.addRow([]);
		sheet.addRow(['DỮ LIỆU MẪU – không phải số liệu chính thức.']).font = { bold: true };
		for (const note of data.sampleNotes) sheet.addRow([note]).font = { italic: true };
	}
}
