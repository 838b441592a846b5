import { chartColors, type Chart } from '../charts/chart';
import { barChart } from '../charts/charts';
import { formatDong, formatNumber, formatPercent, formatScore } from '../format/vi';
import type { ReportData } from './build-report';

/** The charts of a report page, each with its data table; result charts only once there are reviews. */
export interface ReportCharts {
	/** Active procedures, the share to review, those selected and those reviewed. */
	coverage: Chart;
	/** Mean score per criterion. */
	criteria?: Chart;
	/** Saving rate per reviewed procedure. */
	savingByProcedure?: Chart;
	/** Saving per year by field. */
	savingByField?: Chart;
}

/** Builds the charts of a report page from its data, with Vietnamese labels. */
export function reportCharts(data: ReportData): ReportCharts {
	const { plan, results } = data;
	const coverage = barChart(
		[
			{ label: 'Thủ tục đang thực hiện', value: plan.population },
			{ label: `Chỉ tiêu rà soát (${formatPercent(plan.share)})`, value: plan.required },
			{ label: 'Được chọn trong Kế hoạch', value: plan.selected },
			{ label: 'Đã rà soát', value: plan.reviewed },
			{ label: 'Đã rà soát, thuộc Kế hoạch', value: plan.reviewedInPlan },
		],
		{
			labelHeading: 'Nội dung',
			valueHeading: 'Số thủ tục',
			format: 'number',
			color: chartColors.brand,
			// From all procedures down to those reviewed: a funnel, not a ranking.
			sort: false,
		}
	);
	if (!results) return { coverage };
	return {
		coverage,
		criteria: barChart(
			results.criteria.map((criterion) => ({
				label: criterion.label,
				value: criterion.average,
				extra: [formatScore(criterion.lowest), formatNumber(criterion.withFindings)],
			})),
			{
				labelHeading: 'Tiêu chí',
				valueHeading: 'Điểm bình quân (0–100)',
				extraHeadings: ['Điểm thấp nhất', 'Số thủ tục có phát hiện'],
				format: 'decimal',
				domain: [0, 100],
			}
		),
		savingByProcedure: barChart(
			results.records.map((record) => ({
				label: record.name,
				value: record.cost.savingRate,
				extra: [formatDong(record.cost.before.perYear), formatDong(record.cost.saving)],
			})),
			{
				labelHeading: 'Thủ tục',
				valueHeading: 'Tỷ lệ cắt giảm chi phí',
				extraHeadings: ['Chi phí một năm hiện nay', 'Tiết kiệm một năm'],
				format: 'percent',
				domain: [0, 1],
				color: chartColors.green,
			}
		),
		savingByField: barChart(
			results.byField.map((line) => ({
				label: line.field,
				value: line.saving,
				extra: [
					formatNumber(line.procedures),
					formatDong(line.before),
					formatDong(line.after),
					formatPercent(line.savingRate),
				],
			})),
			{
				labelHeading: 'Lĩnh vực',
				valueHeading: 'Tiết kiệm một năm (đồng)',
				extraHeadings: ['Số thủ tục', 'Chi phí hiện nay', 'Sau đơn giản hóa', 'Tỷ lệ cắt giảm'],
				format: 'number',
				color: chartColors.green,
			}
		),
	};
}
