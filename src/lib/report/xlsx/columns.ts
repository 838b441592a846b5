import type { CellValue } from 'exceljs';
import { reviewStatusLabels } from '../../../schemas/review-record';
import { optionActionLabels } from '../../../schemas/simplification-option';
import type { ReportLine } from '../../dossiers/report';
import type { CostLine } from '../cost-line';
import type { PlanRow } from '../plan-section';
import type { ResultRow } from '../results-section';
import type { SheetColumn } from './sheet';

/** A yyyy-mm-dd day as a date cell (midnight UTC, which Excel shows as that day). */
function day(iso: string): CellValue {
	return new Date(`${iso}T00:00:00Z`);
}

/** The plan: each selected procedure with its score, grounds, lead unit and deadline. */
export const planColumns: SheetColumn<PlanRow>[] = [
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

/** The scores, recommendation and option of each review. */
export const scoreColumns: SheetColumn<ResultRow>[] = [
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

/** The inputs and results of one side of the cost model: today, or after the option. */
function sideColumns(side: 'before' | 'after'): SheetColumn<ResultRow>[] {
	const label = side === 'before' ? 'hiện nay' : 'sau đơn giản hóa';
	const column = (
		header: string,
		width: number,
		format: 'dong' | 'hours',
		pick: (cost: CostLine['before']) => number
	): SheetColumn<ResultRow> => ({
		header: `${header} – ${label}`,
		width,
		format,
		value: (row) => pick(row.cost[side]),
	});
	return [
		column('Giờ một lần', 11, 'hours', (cost) => cost.hours),
		column('Phí, lệ phí một lần', 14, 'dong', (cost) => cost.fees),
		column('Chi phí khác một lần', 14, 'dong', (cost) => cost.otherCosts),
		column('Chi phí một lần', 14, 'dong', (cost) => cost.perCase),
		{ ...column('Chi phí một năm', 16, 'dong', (cost) => cost.perYear), key: side, total: 'sum' },
	];
}

/** Per procedure: W, f × N, the inputs and results before and after, the saving and hours. */
export const costColumns: SheetColumn<ResultRow>[] = [
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
	...sideColumns('before'),
	...sideColumns('after'),
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
export type DossierRow = ReportLine & { group: string };

/** Dossier counts and rates of the year, a field or a procedure. */
export const dossierColumns: SheetColumn<DossierRow>[] = [
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
