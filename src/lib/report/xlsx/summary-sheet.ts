import type { Workbook } from 'exceljs';
import type { ReportData } from '../build-report';
import { headerRow, numberFormats, type NumberFormat } from './sheet';

/** One figure of the summary: label, value and how it is shown. */
type Figure = [label: string, value: number | null, format: NumberFormat];

/** The key figures of the year, in the order the page and the documents give them. */
export function summaryFigures(data: ReportData): Figure[] {
	const { plan, results, dossiers } = data;
	return [
		['Thủ tục hành chính đang thực hiện', plan.population, 'count'],
		['Tỷ lệ phải rà soát (chỉ tiêu của Sở)', plan.share, 'rate'],
		['Số thủ tục tối thiểu phải rà soát', plan.required, 'count'],
		['Số thủ tục được chọn trong Kế hoạch', plan.selected, 'count'],
		['Tỷ lệ được chọn', plan.coverage, 'rate'],
		['Số thủ tục đã rà soát', plan.reviewed, 'count'],
		['trong đó thuộc danh sách Kế hoạch', plan.reviewedInPlan, 'count'],
		...(results
			? ([
					['Chi phí tuân thủ một năm – hiện nay', results.totals.before, 'dong'],
					['Chi phí tuân thủ một năm – sau đơn giản hóa', results.totals.after, 'dong'],
					['Chi phí tiết kiệm một năm', results.totals.saving, 'dong'],
					[
						'Tỷ lệ cắt giảm chung (Σ tiết kiệm ÷ Σ chi phí hiện nay)',
						results.totals.savingRate,
						'rate',
					],
					['Số giờ tiết kiệm một năm', results.totals.hoursSaved, 'hours'],
				] satisfies Figure[])
			: []),
		...(dossiers
			? ([
					['Hồ sơ tiếp nhận trong năm', dossiers.totals.received, 'count'],
					['Hồ sơ đã giải quyết', dossiers.totals.finished, 'count'],
					['Tỷ lệ giải quyết trước và đúng hạn', dossiers.totals.onTimeRate, 'rate'],
					['Hồ sơ trễ hạn không có phiếu xin lỗi', dossiers.totals.lateWithoutApology, 'count'],
				] satisfies Figure[])
			: []),
	];
}

/** Adds the summary sheet: the key figures as number cells, then the notes on sample data. */
export function summarySheet(workbook: Workbook, name: string, data: ReportData): void {
	const sheet = workbook.addWorksheet(name, {
		views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
	});
	sheet.columns = [{ width: 58 }, { width: 20 }];
	sheet.getCell(1, 1).value = `Rà soát, đánh giá thủ tục hành chính năm ${data.year}`;
	sheet.getCell(1, 1).font = { bold: true, size: 13 };
	const heading = sheet.getRow(headerRow);
	heading.values = ['Chỉ tiêu', 'Giá trị'];
	heading.font = { bold: true };
	for (const [label, value, format] of summaryFigures(data)) {
		const row = sheet.addRow([label, value]);
		row.getCell(2).numFmt = numberFormats[format];
	}
	if (data.sample) {
		sheet.addRow([]);
		sheet.addRow(['DỮ LIỆU MẪU – không phải số liệu chính thức.']).font = { bold: true };
		for (const note of data.sampleNotes) sheet.addRow([note]).font = { italic: true };
	}
}
