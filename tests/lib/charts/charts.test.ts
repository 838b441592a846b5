import { describe, expect, test } from 'vitest';
import { barChart, formatValue, lineChart, stackedBarChart } from '../../../src/lib/charts/charts';
import { renderPlot } from '../../../src/lib/charts/render-plot';

const options = {
	labelHeading: 'Tháng',
	valueHeading: 'Tỷ lệ đúng hạn',
	format: 'percent' as const,
};

describe('renderPlot', () => {
	test('returns an SVG string with coordinates cut to two decimals', () => {
		const svg = renderPlot({ marks: [], y: { domain: [0, 3] }, height: 97 });
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).not.toMatch(/="[^"]*\d\.\d{3,}/);
	});
	test('writes no inline style, which the Content-Security-Policy would block', () => {
		const svg = renderPlot({ marks: [], height: 97, style: { fontSize: '12px' } });
		expect(svg).not.toContain('<style');
		expect(svg).not.toContain('style=');
	});
	test('writes the style option as presentation attributes', () => {
		const svg = renderPlot({
			marks: [],
			height: 97,
			style: { fontSize: '12px', overflow: 'visible' },
		});
		expect(svg).toMatch(/^<svg[^>]* font-size="12px"/);
		expect(svg).toMatch(/^<svg[^>]* overflow="visible"/);
	});
	test('throws when a style has no SVG attribute to carry it', () => {
		expect(() => renderPlot({ marks: [], style: { maxWidth: '10px' } })).toThrow(/max-width/);
	});
});

describe('formatValue', () => {
	test('writes numbers, scores and percentages the Vietnamese way', () => {
		expect(formatValue(1700, 'number')).toBe('1.700');
		expect(formatValue(95.71, 'decimal')).toBe('95,7');
		expect(formatValue(0.9812, 'percent')).toBe('98,1%');
		expect(formatValue(null, 'percent')).toBe('–');
	});
});

describe('lineChart', () => {
	const chart = lineChart(
		[
			{ label: 'T1/2021', value: 0.98 },
			{ label: 'T2/2021', value: null },
			{ label: 'T3/2021', value: 0.995 },
		],
		{ ...options, domain: [0.9, 1] }
	);
	test('draws Vietnamese ticks and the month labels', () => {
		expect(chart.svg).toContain('>T1/2021<');
		expect(chart.svg).toContain('>98%<');
	});
	test('gives the same figures as a table', () => {
		expect(chart.columns).toEqual(['Tháng', 'Tỷ lệ đúng hạn']);
		expect(chart.rows).toEqual([
			['T1/2021', '98%'],
			['T2/2021', '–'],
			['T3/2021', '99,5%'],
		]);
	});
	test('renders the same data to the same markup', () => {
		const again = lineChart(
			[
				{ label: 'T1/2021', value: 0.98 },
				{ label: 'T2/2021', value: null },
				{ label: 'T3/2021', value: 0.995 },
			],
			{ ...options, domain: [0.9, 1] }
		);
		expect(again.svg).toBe(chart.svg);
	});
});

describe('barChart', () => {
	const data = [
		{ label: 'Lý lịch tư pháp', value: 1200 },
		{ label: 'Công chứng', value: 300 },
	];
	test('draws one bar per category from zero, labelled with its value', () => {
		const chart = barChart(data, { ...options, format: 'number' });
		expect(chart.svg.match(/<rect/g)).toHaveLength(2);
		expect(chart.svg).toContain('>1.200<');
		expect(chart.rows).toEqual([
			['Lý lịch tư pháp', '1.200'],
			['Công chứng', '300'],
		]);
	});
	test('wraps long labels on the chart instead of cutting them, and keeps them whole in the table', () => {
		const label = 'Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa ở địa phương, kể cả hộ kinh doanh';
		const chart = barChart([{ label, value: 3, extra: ['x'] }], {
			...options,
			format: 'number',
			extraHeadings: ['Ghi chú'],
		});
		const lines = [...chart.svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
		expect(lines.join(' ')).toContain(label);
		expect(chart.svg).not.toContain('…');
		expect(chart.rows).toEqual([[label, '3', 'x']]);
		expect(chart.columns).toEqual(['Tháng', 'Tỷ lệ đúng hạn', 'Ghi chú']);
	});
	test('sorts the bars, largest first, unless told to keep the order', () => {
		const data = [
			{ label: 'A', value: 1 },
			{ label: 'B', value: 3 },
			{ label: 'C', value: null },
			{ label: 'D', value: 2 },
		];
		expect(barChart(data, options).rows.map((row) => row[0])).toEqual(['B', 'D', 'A', 'C']);
		expect(barChart(data, { ...options, sort: false }).rows.map((row) => row[0])).toEqual([
			'A',
			'B',
			'C',
			'D',
		]);
	});
	test('uses 13 px text and fits a phone, so no text is drawn under 12 px', () => {
		const chart = barChart([{ label: 'A', value: 1 }], options);
		expect(chart.svg).toMatch(/font-size="13px"/);
		expect(Number(/width="(\d+)"/.exec(chart.svg)![1])).toBeLessThanOrEqual(358);
	});
	test('draws dots instead of bars when the axis does not start at zero, and says the axis is cut', () => {
		const chart = barChart(
			[
				{ label: 'A', value: 0.97 },
				{ label: 'B', value: 0.99 },
			],
			{ ...options, domain: [0.9, 1] }
		);
		expect(chart.svg).not.toContain('<rect');
		expect(chart.svg.match(/<circle/g)).toHaveLength(2);
		expect(chart.svg).toContain('≈');
		expect(chart.svg).toContain('Trục giá trị bắt đầu từ 90%, không từ 0');
	});
});

describe('stackedBarChart', () => {
	const chart = stackedBarChart(
		[
			{ label: 'T1', series: 'Trực tiếp', value: 30 },
			{ label: 'T1', series: 'Trực tuyến', value: 10 },
			{ label: 'T2', series: 'Trực tiếp', value: 20 },
		],
		[
			{ key: 'Trực tiếp', color: '#5f6670' },
			{ key: 'Trực tuyến', color: '#0b5394' },
		],
		{ labelHeading: 'Tháng', valueHeading: 'Tổng', format: 'number' }
	);
	test('tables each series and the total, counting a missing one as zero', () => {
		expect(chart.columns).toEqual(['Tháng', 'Trực tiếp', 'Trực tuyến', 'Tổng']);
		expect(chart.rows).toEqual([
			['T1', '30', '10', '40'],
			['T2', '20', '0', '20'],
		]);
	});
	test('gives a colour key and colours the segments', () => {
		expect(chart.legend).toEqual([
			{ label: 'Trực tiếp', color: '#5f6670' },
			{ label: 'Trực tuyến', color: '#0b5394' },
		]);
		expect(chart.svg).toContain('fill="#0b5394"');
	});
});
