import ExcelJS from 'exceljs';
import { reviewStatusLabels } from '../../../schemas/review-record';
import { optionActionLabels } from '../../../schemas/simplification-option';
import type { ReportLine } from '../../dossiers/report';
import type { ReportData } from '../build-report';
import type { PlanRow } from '../plan-section';
import type { ResultRow } from '../results-section';
import { addSheet, type SheetColumn } from './sheet';
import { summarySheet } from './summary-sheet';

/** Sheet names, in order; tests and readers look them up by these. */
export const sheetNames = {
	summary: 'Tổng hợp',
	plan: 'Kế hoạch',
	scores: 'Điểm đánh giá',
	cost: 'Chi phí tuân thủ',
	dossiers: 'Thống kê hồ sơ',
} as const;

/** A yyyy-mm-dd day as a date cell (midnight UTC, which Excel shows as that day). */
function day(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

const planColumns: SheetColumn<PlanRow>[] = [
	{ header: 'STT', width: 6, value: (row) => row.index },
	{ header: 'Mã thủ tục', width: 11, format: 'text', value: (row) => row.id },
	{ header: 'Tên thủ tục', width: 48, value: (row) => row.name },
	{ header: 'Lĩnh vực', width: 22, value: (row) => row.field },
	{ header: 'Điểm ưu tiên', width: 10, format: 'score', value: (row) => row.score },
	{ header: 'Căn cứ lựa chọn', width: 70, value: (row) => row.grounds.join('\n') },
	{ header: 'Đơn vị chủ trì', width: 28, value: (row) => row.leadUnit },
	{ header: 'Thời hạn hoàn thành', width: 13, format: 'date', value: (row) => day(row.deadline) },
	{
		header: 'Tình trạng rà soát',
		width: 22,
		value: (row) => (row.reviewStatus ? reviewStatusLabels[row.reviewStatus] : 'Chưa rà soát'),
	},
];

const scoreColumns: SheetColumn<ResultRow>[] = [
	{ header: 'Mã thủ tục', width: 11, format: 'text', value: (row) => row.id },
	{ header: 'Tên thủ tục', width: 48, value: (row) => row.name },
	{ header: 'Lĩnh vực', width: 22, value: (row) => row.field },
	{ header: 'Trạng thái', width: 22, value: (row) => reviewStatusLabels[row.status] },
	{ header: 'Sự cần thiết', width: 11, format: 'score', value: (row) => row.necessity },
	{ header: 'Tính hợp lý', width: 11, format: 'score', value: (row) => row.reasonableness },
	{ header: 'Tính hợp pháp', width: 11, format: 'score', value: (row) => row.legality },
	{ header: 'Khuyến nghị', width: 14, value: (row) => optionActionLabels[row.recommendation] },
	{
		header: 'Phương án đề xuất',
		width: 14,
		value: (row) => optionActionLabels[row.proposedAction],
	},
	{ header: 'Số phát hiện', width: 10, format: 'count', value: (row) => row.findings.length },
	{ header: 'Phương án', width: 60, value: (row) => row.summary },
	{ header: 'Quyết định thông qua', width: 20, value: (row) => row.decision ?? null },
];

const costColumns: SheetColumn<ResultRow>[] = [
	{ header: 'Mã thủ tục', width: 11, format: 'text', value: (row) => row.id },
	{ header: 'Tên thủ tục', width: 44, value: (row) => row.name },
	{ header: 'Lĩnh vực', width: 20, value: (row) => row.field },
	{
		header: 'Thu nhập bình quân một giờ (W)',
		width: 14,
		format: 'dong',
		value: (row) => row.cost.hourlyIncome,
	},
	{
		header: 'Số lần thực hiện một năm (f × N)',
		width: 13,
		format: 'count',
		value: (row) => row.cost.before.executions,
	},
	{
		header: 'Giờ một lần – hiện nay',
		width: 11,
		format: 'hours',
		value: (row) => row.cost.before.hours,
	},
	{
		header: 'Phí, lệ phí một lần – hiện nay',
		width: 14,
		format: 'dong',
		value: (row) => row.cost.before.fees,
	},
	{
		header: 'Chi phí khác một lần – hiện nay',
		width: 14,
		format: 'dong',
		value: (row) => row.cost.before.otherCosts,
	},
	{
		header: 'Chi phí một lần – hiện nay',
		width: 14,
		format: 'dong',
		value: (row) => row.cost.before.perCase,
	},
	{
		key: 'before',
		header: 'Chi phí một năm – hiện nay',
		width: 16,
		format: 'dong',
		value: (row) => row.cost.before.perYear,
		total: 'sum',
	},
	{
		header: 'Giờ một lần – sau đơn giản hóa',
		width: 11,
		format: 'hours',
		value: (row) => row.cost.after.hours,
	},
	{
		header: 'Phí, lệ phí một lần – sau',
		width: 14,
		format: 'dong',
		value: (row) => row.cost.after.fees,
	},
	{
		header: 'Chi phí khác một lần – sau',
		width: 14,
		format: 'dong',
		value: (row) => row.cost.after.otherCosts,
	},
	{
		header: 'Chi phí một lần – sau',
		width: 14,
		format: 'dong',
		value: (row) => row.cost.after.perCase,
	},
	{
		header: 'Chi phí một năm – sau',
		width: 16,
		format: 'dong',
		value: (row) => row.cost.after.perYear,
		total: 'sum',
	},
	{
		key: 'saving',
		header: 'Tiết kiệm một năm',
		width: 16,
		format: 'dong',
		value: (row) => row.cost.saving,
		total: 'sum',
	},
	{
		header: 'Tỷ lệ cắt giảm',
		width: 10,
		format: 'rate',
		value: (row) => row.cost.savingRate,
		total: { ratio: ['saving', 'before'] },
	},
	{
		header: 'Giờ một năm – hiện nay',
		width: 12,
		format: 'hours',
		value: (row) => row.cost.before.hoursPerYear,
		total: 'sum',
	},
	{
		header: 'Giờ tiết kiệm một năm',
		width: 12,
		format: 'hours',
		value: (row) => row.cost.hoursSaved,
		total: 'sum',
	},
];

/** A dossier line with what it groups: the whole year, a field or a procedure. */
type DossierRow = ReportLine & { group: string };

const dossierColumns: SheetColumn<DossierRow>[] = [
	{ header: 'Nhóm', width: 11, value: (row) => row.group },
	{ header: 'Tên', width: 48, value: (row) => row.label },
	{ header: 'Tiếp nhận', width: 11, format: 'count', value: (row) => row.received },
	{ header: 'Đã giải quyết', width: 11, format: 'count', value: (row) => row.finished },
	{ header: 'Trước hạn', width: 11, format: 'count', value: (row) => row.early },
	{ header: 'Đúng hạn', width: 11, format: 'count', value: (row) => row.onTime },
	{ header: 'Trễ hạn', width: 11, format: 'count', value: (row) => row.late },
	{ header: 'Đang giải quyết', width: 11, format: 'count', value: (row) => row.pending },
	{ header: 'Tỷ lệ đúng hạn', width: 11, format: 'rate', value: (row) => row.onTimeRate },
	{ header: 'Tỷ lệ nộp trực tuyến', width: 11, format: 'rate', value: (row) => row.onlineShare },
	{
		header: 'Trễ hạn không có phiếu xin lỗi',
		width: 14,
		format: 'count',
		value: (row) => row.lateWithoutApology,
	},
	{
		header: 'Số ngày giải quyết bình quân',
		width: 12,
		format: 'hours',
		value: (row) => row.avgDays,
	},
];

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
export async function workbookBytes(data: ReportData): Promise<Uint8Array> {
	return new Uint8Array(await buildWorkbook(data).xlsx.writeBuffer());
}
