import { formatDong, formatHours, formatNumber, formatRate } from '../format/vi';
import type { ReportData } from './build-report';

/** How a figure is written: a count, a rate, an amount of đồng or hours. */
export type FigureKind = 'count' | 'rate' | 'dong' | 'hours';

/** One key figure of a report. */
export interface KeyFigure {
	label: string;
	value: number | null;
	kind: FigureKind;
}

/** The key figures of a year by section: the page’s figure boxes and the workbook’s summary. */
export interface KeyFigures {
	plan: KeyFigure[];
	/** Empty while the year has no review. */
	cost: KeyFigure[];
	/** Empty when the year has no dossier data. */
	dossiers: KeyFigure[];
}

const writers: Record<FigureKind, (value: number) => string> = {
	count: formatNumber,
	rate: formatRate,
	dong: formatDong,
	hours: formatHours,
};

/** A figure written the Vietnamese way: “1.700”, “98,2%”, “1.234.567 đ”, “2,5 giờ”; “–” for none. */
export function formatFigure({ value, kind }: Pick<KeyFigure, 'value' | 'kind'>): string {
	return value === null ? '–' : writers[kind](value);
}

/** The key figures of a report, in the order the page and the workbook give them. */
export function keyFigures(data: ReportData): KeyFigures {
	const { plan, results, dossiers } = data;
	const figure = (label: string, value: number | null, kind: FigureKind): KeyFigure => ({
		label,
		value,
		kind,
	});
	return {
		plan: [
			figure('Thủ tục đang thực hiện', plan.population, 'count'),
			figure(`Chỉ tiêu rà soát (tối thiểu ${formatRate(plan.share)})`, plan.required, 'count'),
			figure('Được chọn trong Kế hoạch', plan.selected, 'count'),
			figure('Tỷ lệ được chọn', plan.coverage, 'rate'),
			figure('Đã rà soát', plan.reviewed, 'count'),
			figure('Đã rà soát, thuộc Kế hoạch', plan.reviewedInPlan, 'count'),
		],
		cost: results
			? [
					figure('Chi phí tuân thủ một năm hiện nay', results.totals.before, 'dong'),
					figure('Sau đơn giản hóa', results.totals.after, 'dong'),
					figure('Tiết kiệm một năm', results.totals.saving, 'dong'),
					figure('Tỷ lệ cắt giảm chung', results.totals.savingRate, 'rate'),
					figure('Giờ tiết kiệm một năm', results.totals.hoursSaved, 'hours'),
				]
			: [],
		dossiers: dossiers
			? [
					figure('Hồ sơ tiếp nhận', dossiers.totals.received, 'count'),
					figure('Đã giải quyết', dossiers.totals.finished, 'count'),
					figure('Tỷ lệ trước và đúng hạn', dossiers.totals.onTimeRate, 'rate'),
					figure('Trễ hạn không có phiếu xin lỗi', dossiers.totals.lateWithoutApology, 'count'),
				]
			: [],
	};
}
