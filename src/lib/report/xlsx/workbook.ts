import ExcelJS from 'exceljs';
import type { ReportData } from '../build-report';
import { costColumns, dossierColumns, planColumns, scoreColumns } from './columns';
import { addSheet } from './sheet';
import { summarySheet } from './summary-sheet';

/** Sheet names, in order; tests and readers look them up by these. */
export const sheetNames = {
	summary: 'Tổng hợp',
	plan: 'Kế hoạch',
	scores: 'Điểm đánh giá',
	cost: 'Chi phí tuân thủ',
	dossiers: 'Thống kê hồ sơ',
} as const;

/**
 * The workbook of a year: summary, plan, scores, compliance cost (inputs and results per
 * procedure) and dossier statistics. Every figure is a number cell with a number format.
 */
export function buildWorkbook(data: ReportData): ExcelJS.Workbook {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'tthc-catalogue';
	const mark = data.sample ? ' – DỮ LIỆU MẪU' : '';
	const records = data.results?.records ?? [];
	const noReviews = `Chưa có bản rà soát nào của năm ${data.year}.`;
	summarySheet(workbook, sheetNames.summary, data);
	addSheet(workbook, {
		name: sheetNames.plan,
		title: `Kế hoạch rà soát, đánh giá thủ tục hành chính năm ${data.year}${mark}`,
		columns: planColumns,
		rows: data.plan.rows,
	});
	addSheet(workbook, {
		name: sheetNames.scores,
		title: `Kết quả đánh giá năm ${data.year} (điểm 0–100)${mark}`,
		columns: scoreColumns,
		rows: records,
		...(records.length === 0 && { note: noReviews }),
	});
	addSheet(workbook, {
		name: sheetNames.cost,
		title: `Chi phí tuân thủ trước và sau phương án đơn giản hóa năm ${data.year} (đồng)${mark}`,
		columns: costColumns,
		rows: records,
		totalsLabel: 'Tổng cộng',
		...(records.length === 0 && { note: noReviews }),
	});
	const report = data.dossiers;
	addSheet(workbook, {
		name: sheetNames.dossiers,
		title: `Hồ sơ tiếp nhận năm ${data.year}${report?.sample ? ' – DỮ LIỆU MẪU' : ''}`,
		columns: dossierColumns,
		rows: report
			? [
					{ group: 'Tổng cộng', key: 'total', label: `Năm ${data.year}`, ...report.totals },
					...report.fields.map((line) => ({ group: 'Lĩnh vực', ...line })),
					...report.procedures.map((line) => ({ group: 'Thủ tục', ...line })),
				]
			: [],
		...(!report && { note: `Chưa có số liệu hồ sơ năm ${data.year}.` }),
	});
	return workbook;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(data: ReportData): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await buildWorkbook(data).xlsx.writeBuffer());
}
