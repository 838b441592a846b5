import { chartColors, type Chart } from '../charts/chart';
import { barChart, lineChart, stackedBarChart } from '../charts/charts';
import { dossierChannelLabels, dossierChannels } from './channel';
import { formatNumber } from '../format/vi';
import type { DossierReport } from './report';

/** The charts of a dossier report, each with its data table. */
export interface DossierCharts {
	/** Dossiers received per month, stacked by channel: volume and online share. */
	receivedByMonth: Chart;
	/** On-time rate per month of receipt. */
	onTimeByMonth: Chart;
	/** On-time rate per field. */
	onTimeByField: Chart;
	/** Resolved early, on time, late, and pending. */
	outcomes: Chart;
}

/** The counts a rate is taken over, beside it in the data tables. */
const rateCountHeadings = ['Đã giải quyết', 'Trễ hạn'];

const channelColors = {
	'in-person': chartColors.gray,
	online: chartColors.blue,
	postal: chartColors.amber,
};

/** Lowest value of a rate axis: 90%, or lower when a value falls below it, so small gaps show. */
function rateFloor(values: (number | null)[]): number {
	const lowest = Math.min(...values.filter((value): value is number => value !== null), 0.9);
	return Math.floor(lowest * 10) / 10;
}

/** Builds the charts of a report with Vietnamese labels. */
export function dossierCharts(report: DossierReport): DossierCharts {
	const rateHeading =
		report.rateBase === 'finished'
			? 'Tỷ lệ đúng hạn (trên số đã giải quyết)'
			: 'Tỷ lệ đúng hạn (trên số tiếp nhận)';
	const monthRates = report.months.map((month) => month.onTimeRate);
	const fieldLines = report.fields.filter((field) => field.finished > 0);
	const fieldRates = fieldLines.map((field) => field.onTimeRate);
	return {
		receivedByMonth: stackedBarChart(
			report.months.flatMap((month) =>
				dossierChannels.map((channel) => ({
					label: month.label,
					series: dossierChannelLabels[channel],
					value: month.byChannel[channel],
				}))
			),
			dossierChannels.map((channel) => ({
				key: dossierChannelLabels[channel],
				color: channelColors[channel],
			})),
			{ labelHeading: 'Tháng tiếp nhận', valueHeading: 'Tổng số hồ sơ', format: 'number' }
		),
		onTimeByMonth: lineChart(
			report.months.map((month) => ({
				label: month.label,
				value: month.onTimeRate,
				extra: [formatNumber(month.finished), formatNumber(month.late)],
			})),
			{
				labelHeading: 'Tháng tiếp nhận',
				valueHeading: rateHeading,
				extraHeadings: rateCountHeadings,
				format: 'percent',
				domain: [rateFloor(monthRates), 1],
			}
		),
		onTimeByField: barChart(
			fieldLines.map((field) => ({
				label: field.label,
				value: field.onTimeRate,
				extra: [formatNumber(field.finished), formatNumber(field.late)],
			})),
			{
				labelHeading: 'Lĩnh vực',
				valueHeading: rateHeading,
				extraHeadings: rateCountHeadings,
				format: 'percent',
				domain: [rateFloor(fieldRates), 1],
			}
		),
		outcomes: barChart(
			[
				{ label: 'Giải quyết trước hạn', value: report.totals.early },
				{ label: 'Giải quyết đúng hạn', value: report.totals.onTime },
				{ label: 'Giải quyết trễ hạn', value: report.totals.late },
				{ label: 'Đang giải quyết', value: report.totals.pending },
			],
			{
				labelHeading: 'Kết quả',
				valueHeading: 'Số hồ sơ',
				format: 'number',
				color: chartColors.brand,
			}
		),
	};
}
