import * as Plot from '@observablehq/plot';
import { formatDecimal, formatNumber, formatPercent } from '../format/vi';
import { chartColors, chartStyle, type Chart, type ValueFormat } from './chart';
import { renderPlot } from './render-plot';

/** One bar or point: a category and its value (`null` = no data, drawn as a gap). */
export interface Datum {
	label: string;
	value: number | null;
	/** More columns for the data table only, e.g. the count a rate is taken over. */
	extra?: string[];
}

/** One segment of a stacked bar. */
export interface SeriesDatum {
	label: string;
	series: string;
	value: number;
}

/** Options common to every chart. */
interface ChartOptions {
	/** Heading of the category column of the table, e.g. “Tháng”. */
	labelHeading: string;
	/** Heading of the value column and title of the value axis, e.g. “Tỷ lệ đúng hạn”. */
	valueHeading: string;
	/** Whether values are counts or fractions shown as percentages. */
	format: ValueFormat;
	/** Range of the value axis; from 0 to the largest value by default. */
	domain?: [number, number];
	/** Headings of the data’s `extra` table columns. */
	extraHeadings?: string[];
	width?: number;
	height?: number;
}

/** Writes a value the Vietnamese way: “1.700”, “98,2%” or “95,7”; “–” for no data. */
export function formatValue(value: number | null, format: ValueFormat): string {
	if (value === null) return '–';
	if (format === 'percent') return formatPercent(value);
	return format === 'decimal' ? formatDecimal(value) : formatNumber(value);
}

function valueAxis(options: ChartOptions) {
	return {
		label: options.valueHeading,
		domain: options.domain,
		grid: true,
		nice: options.domain === undefined,
		tickFormat: (value: number) => formatValue(value, options.format),
	};
}

/** Longest category label drawn in full; longer ones end in “…” (the table has them whole). */
const maxLabel = 40;

function shorten(label: string): string {
	return label.length > maxLabel ? `${label.slice(0, maxLabel - 1).trimEnd()}…` : label;
}

/** The table of a one-value chart: label, value, then any extra columns. */
function valueTable(data: Datum[], options: ChartOptions): Pick<Chart, 'columns' | 'rows'> {
	return {
		columns: [options.labelHeading, options.valueHeading, ...(options.extraHeadings ?? [])],
		rows: data.map((datum) => [
			datum.label,
			formatValue(datum.value, options.format),
			...(datum.extra ?? []),
		]),
	};
}

/**
 * Horizontal bars, one per category, for fields or procedures. With a value axis that does not
 * start at 0 (rates between 90% and 100%) bars would mislead, so each value is a dot on a line
 * from the axis instead.
 */
export function barChart(data: Datum[], options: ChartOptions & { color?: string }): Chart {
	const color = options.color ?? chartColors.blue;
	const start = options.domain?.[0] ?? 0;
	const longest = Math.min(Math.max(...data.map((datum) => datum.label.length), 4), maxLabel);
	const label = (datum: Datum) => formatValue(datum.value, options.format);
	const marks =
		start === 0
			? [Plot.barX(data, { x: 'value', y: 'label', fill: color })]
			: [
					Plot.ruleY(data, { y: 'label', x1: start, x2: 'value', stroke: color, strokeWidth: 2 }),
					Plot.dot(data, { x: 'value', y: 'label', fill: color, r: 4.5 }),
				];
	const svg = renderPlot({
		width: options.width ?? 640,
		height: options.height ?? 40 + 26 * data.length,
		marginLeft: 16 + 6.4 * longest,
		marginRight: 56,
		style: chartStyle,
		x: { ...valueAxis(options), axis: 'top' },
		y: { label: null, domain: data.map((datum) => datum.label), tickSize: 0, tickFormat: shorten },
		marks: [
			...marks,
			Plot.text(data, { x: 'value', y: 'label', text: label, textAnchor: 'start', dx: 7 }),
			Plot.ruleX([start]),
		],
	});
	return { svg, ...valueTable(data, options), legend: [] };
}

/** A line over ordered categories (months), with a dot per value: for rates over time. */
export function lineChart(data: Datum[], options: ChartOptions): Chart {
	const svg = renderPlot({
		width: options.width ?? 640,
		height: options.height ?? 260,
		marginLeft: 56,
		style: chartStyle,
		x: { type: 'point', label: null, domain: data.map((datum) => datum.label), padding: 0.3 },
		y: valueAxis(options),
		marks: [
			Plot.lineY(data, { x: 'label', y: 'value', stroke: chartColors.blue, strokeWidth: 2 }),
			Plot.dot(data, { x: 'label', y: 'value', fill: chartColors.blue, r: 3.5 }),
		],
	});
	return { svg, ...valueTable(data, options), legend: [] };
}

/** Vertical bars stacked by series (e.g. channels per month), with a colour key. */
export function stackedBarChart(
	data: SeriesDatum[],
	series: { key: string; color: string }[],
	options: ChartOptions
): Chart {
	const labels = [...new Set(data.map((datum) => datum.label))];
	const svg = renderPlot({
		width: options.width ?? 640,
		height: options.height ?? 280,
		marginLeft: 56,
		style: chartStyle,
		x: { label: null, domain: labels, padding: 0.2 },
		y: valueAxis(options),
		color: { domain: series.map((item) => item.key), range: series.map((item) => item.color) },
		marks: [
			Plot.barY(data, {
				x: 'label',
				y: 'value',
				fill: 'series',
				order: series.map((item) => item.key),
			}),
			Plot.ruleY([0]),
		],
	});
	const value = (label: string, key: string) =>
		data.find((datum) => datum.label === label && datum.series === key)?.value ?? 0;
	return {
		svg,
		columns: [options.labelHeading, ...series.map((item) => item.key), options.valueHeading],
		rows: labels.map((label) => [
			label,
			...series.map((item) => formatValue(value(label, item.key), options.format)),
			formatValue(
				series.reduce((sum, item) => sum + value(label, item.key), 0),
				options.format
			),
		]),
		legend: series.map((item) => ({ label: item.key, color: item.color })),
	};
}
