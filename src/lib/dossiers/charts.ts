import { chartColors, type Chart } from '../charts/chart';
import { barChart, lineChart, stackedBarChart } from '../charts/charts';
import { dossierChannelLabels, dossierChannels } from './channel';
import { formatNumber } from '../format/vi';
import type { DossierReport, ReportLine } from './report';
import type { RateBase } from './tally';

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

/** The rate of each line, with the counts behind it for the table, and the chart options. */
function rateSeries(lines: ReportLine[], labelHeading: string, rateBase: RateBase) {
	const data = lines.map((line) => ({
		label: line.label,
		value: line.onTimeRate,
		extra: [formatNumber(line.finished), formatNumber(line.late)],
	}));
	const options = {
		labelHeading,
		valueHeading:
			rateBase === 'finished'
				? 'Tỷ lệ đúng hạn (trên số đã giải quyết)'
				: 'Tỷ lệ đúng hạn (trên số tiếp nhận)',
		extraHeadings: ['Đã giải quyết', 'Trễ hạn'],
		format: 'percent' as const,
		domain: [rateFloor(data.map((datum) => datum.value)), 1] as [number, number],
	};
	return [data, options] as const;
}

/** Builds the charts of a report with Vietnamese labels. */
export function dossierCharts(report: DossierReport): DossierCharts {
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
		onTimeByMonth: lineChart(...rateSeries(report.months, 'Tháng tiếp nhận', report.rateBase)),
		onTimeByField: barChart(
			...rateSeries(
				report.fields.filter((field) => field.finished > 0),
				'Lĩnh vực',
				report.rateBase
			)
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
				// Early, on time, late, pending: an order of its own, not a ranking.
				sort: false,
			}
		),
	};
}
