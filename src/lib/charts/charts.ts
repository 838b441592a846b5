import * as Plot from '@observablehq/plot';
import { formatDecimal, formatNumber, formatPercent } from '../format/vi';
import { chartColors, chartStyle, type Chart, type ValueFormat } from './chart';
import {
	breakNote,
	chartWidth,
	fontSize,
	lineHeight,
	textWidth,
	tickCount,
	tickFormat,
	wrapText,
} from './layout';
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

/** The axis title on its own lines above the plot, left-aligned, at the very top of the chart. */
function titleMarks(lines: string[], margin: { top: number; left: number }): Plot.Markish[] {
	return [
		Plot.text([lines.join('\n')], {
			frameAnchor: 'top-left',
			textAnchor: 'start',
			lineAnchor: 'top',
			lineHeight: lineHeight / fontSize,
			fontWeight: 700,
			dx: -margin.left + 2,
			dy: -margin.top + 2,
		}),
	];
}

/** The “≈” and the note that show a value axis not starting at 0 (rates between 90% and 100%). */
function breakMarks(
	start: number,
	format: ValueFormat,
	axis: 'x' | 'y',
	margin: { left: number; width: number }
): Plot.Markish[] {
	const position =
		axis === 'x'
			? { x: start, frameAnchor: 'bottom' as const, dy: 4 }
			: { y: start, frameAnchor: 'left' as const, dy: -2 };
	return [
		Plot.text(['≈'], { ...position, fontSize: 18, fontWeight: 700 }),
		Plot.text([wrapText(breakNote(start, format), margin.width - 4).join('\n')], {
			frameAnchor: 'bottom-left',
			textAnchor: 'start',
			lineAnchor: 'top',
			lineHeight: lineHeight / fontSize,
			fontStyle: 'italic',
			dx: -margin.left + 2,
			dy: axis === 'x' ? 14 : 30,
		}),
	];
}

/** Data by value, largest first; categories without a value last. */
function byValue(data: Datum[]): Datum[] {
	return [...data].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
}

/**
 * Horizontal bars, one per category, largest first, each name written in full on its own lines
 * above its bar: a phone has no room beside it, and a cut name reads wrong. With a value axis
 * that does not start at 0 (rates between 90% and 100%) bars would mislead, so each value is a
 * dot on a line from the axis, and the chart says the axis is cut.
 */
export function barChart(
	data: Datum[],
	options: ChartOptions & { color?: string; sort?: boolean }
): Chart {
	const color = options.color ?? chartColors.blue;
	const start = options.domain?.[0] ?? 0;
	const ordered = options.sort === false ? data : byValue(data);
	const width = options.width ?? chartWidth;
	const largest = Math.max(...data.map((datum) => datum.value ?? 0), start + 1e-9, 1e-9);
	const end = options.domain?.[1] ?? largest;
	const format = tickFormat(options.format, end);
	// Tick labels are centred on their tick: half of the first and of the last must fit the margins.
	const marginLeft = Math.max(4, Math.ceil(textWidth(format(start)) / 2) + 2);
	const marginRight = Math.ceil(textWidth(format(end)) / 2) + 4;
	const plotWidth = width - marginLeft - marginRight;
	const [barHeight, gap] = [14, 12];
	let cursor = 0;
	const rows = ordered.map((datum) => {
		const lines = wrapText(datum.label, plotWidth);
		const labelTop = cursor;
		cursor += lines.length * lineHeight + 3;
		const barTop = cursor;
		cursor += barHeight + gap;
		return {
			...datum,
			text: lines.join('\n'),
			labelTop,
			barTop,
			barBottom: barTop + barHeight,
			barMid: barTop + barHeight / 2,
		};
	});
	const plotHeight = cursor;
	const title = wrapText(options.valueHeading, width - 4);
	// The title, then the strip of tick labels (13 px text above 6 px ticks), never on one another.
	const marginTop = title.length * lineHeight + 32;
	const broken = start !== 0;
	const marginBottom = broken ? 2 * lineHeight + 10 : 4;
	const values = rows.filter((row) => row.value !== null);
	const inside = (row: { value: number | null }) => (row.value! - start) / (end - start) > 0.7;
	const label = (row: Datum) => formatValue(row.value, options.format);
	const svg = renderPlot({
		width,
		height: marginTop + plotHeight + marginBottom,
		marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: chartStyle,
		x: {
			domain: [start, end],
			nice: options.domain === undefined,
			axis: 'top',
			grid: true,
			label: null,
			ticks: tickCount(plotWidth, format(end)),
			tickFormat: format,
		},
		y: { domain: [0, plotHeight], range: [marginTop, marginTop + plotHeight], axis: null },
		marks: [
			...titleMarks(title, { top: marginTop, left: marginLeft }),
			Plot.text(rows, {
				x: start,
				y: 'labelTop',
				text: 'text',
				textAnchor: 'start',
				lineAnchor: 'top',
				lineHeight: lineHeight / fontSize,
			}),
			...(broken
				? [
						Plot.ruleY(values, {
							y: 'barMid',
							x1: start,
							x2: 'value',
							stroke: color,
							strokeWidth: 2,
						}),
						Plot.dot(values, { x: 'value', y: 'barMid', fill: color, r: 4.5 }),
					]
				: [
						Plot.rectX(values, {
							x1: 0,
							x2: 'value',
							y1: 'barTop',
							y2: 'barBottom',
							fill: color,
						}),
					]),
			Plot.text(
				values.filter((row) => !inside(row)),
				{ x: 'value', y: 'barMid', text: label, textAnchor: 'start', dx: broken ? 8 : 4 }
			),
			Plot.text(values.filter(inside), {
				x: 'value',
				y: 'barMid',
				text: label,
				textAnchor: 'end',
				dx: broken ? -8 : -4,
				fill: broken ? 'currentColor' : 'white',
				fontWeight: 700,
			}),
			Plot.ruleX([start]),
			...(broken ? breakMarks(start, options.format, 'x', { left: marginLeft, width }) : []),
		],
	});
	return { svg, ...valueTable(ordered, options), legend: [] };
}

/** Category labels an axis of `labels.length` bands `width` px wide can print: all if they fit, else every k-th. */
function spacedTicks(labels: string[], width: number): string[] {
	const band = width / Math.max(1, labels.length);
	const widest = Math.max(...labels.map(textWidth), 1);
	const step = Math.max(1, Math.ceil((widest + 8) / band));
	return labels.filter((_, index) => index % step === 0);
}

/** Margins, value axis and title of the line and column charts, with room for the widest tick label. */
function columnFrame(options: ChartOptions, largest: number, labels: string[]) {
	const width = options.width ?? chartWidth;
	const start = options.domain?.[0] ?? 0;
	const end = options.domain?.[1] ?? largest;
	const format = tickFormat(options.format, end);
	const marginLeft = textWidth(format(end)) + 12;
	const title = wrapText(options.valueHeading, width - 4);
	const marginTop = title.length * lineHeight + 16;
	const broken = start !== 0;
	const marginBottom = 26 + (broken ? 2 * lineHeight + 8 : 0);
	return {
		frame: {
			width,
			height: options.height ?? 220 + marginTop + marginBottom,
			marginLeft,
			marginRight: 24,
			marginTop,
			marginBottom,
			style: chartStyle,
			y: {
				domain: options.domain,
				nice: options.domain === undefined,
				grid: true,
				label: null,
				ticks: 5,
				tickFormat: format,
			},
		},
		ticks: spacedTicks(labels, width - marginLeft - 24),
		marks: [
			...titleMarks(title, { top: marginTop, left: marginLeft }),
			...(broken ? breakMarks(start, options.format, 'y', { left: marginLeft, width }) : []),
		],
	};
}

/** A line over ordered categories (months), with a dot per value: for rates over time. */
export function lineChart(data: Datum[], options: ChartOptions): Chart {
	const labels = data.map((datum) => datum.label);
	const largest = Math.max(...data.map((datum) => datum.value ?? 0), 1e-9);
	const { frame, ticks, marks } = columnFrame(options, largest, labels);
	const svg = renderPlot({
		...frame,
		x: { type: 'point', label: null, domain: labels, padding: 0.3, ticks },
		marks: [
			...marks,
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
	const value = (label: string, key: string) =>
		data.find((datum) => datum.label === label && datum.series === key)?.value ?? 0;
	const totals = labels.map((label) =>
		series.reduce((sum, item) => sum + value(label, item.key), 0)
	);
	const { frame, ticks, marks } = columnFrame(options, Math.max(...totals, 1e-9), labels);
	const svg = renderPlot({
		...frame,
		x: { label: null, domain: labels, padding: 0.2, ticks },
		color: { domain: series.map((item) => item.key), range: series.map((item) => item.color) },
		marks: [
			...marks,
			Plot.barY(data, {
				x: 'label',
				y: 'value',
				fill: 'series',
				order: series.map((item) => item.key),
			}),
			Plot.ruleY([0]),
		],
	});
	return {
		svg,
		columns: [options.labelHeading, ...series.map((item) => item.key), options.valueHeading],
		rows: labels.map((label, index) => [
			label,
			...series.map((item) => formatValue(value(label, item.key), options.format)),
			formatValue(totals[index]!, options.format),
		]),
		legend: series.map((item) => ({ label: item.key, color: item.color })),
	};
}
