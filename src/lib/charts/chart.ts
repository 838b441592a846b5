/** A chart ready for a page: the picture, and the same figures as a table for screen readers. */
export interface Chart {
	/** The SVG markup (decorative for assistive technology: the table carries the data). */
	svg: string;
	/** Column headings of the data table. */
	columns: string[];
	/** Rows of the data table, already formatted for Vietnamese readers. */
	rows: string[][];
	/** Colour key for charts with several series, shown above the chart. */
	legend: { label: string; color: string }[];
}

/** How values are written on the axis and in the table: whole numbers, percentages, or scores with one decimal. */
export type ValueFormat = 'number' | 'percent' | 'decimal';

/** Colours of the site’s palette with at least 3:1 contrast on white, for marks. */
export const chartColors = {
	brand: '#8a1c1c',
	blue: '#0b5394',
	amber: '#9a6b00',
	gray: '#5f6670',
	green: '#2e6b34',
} as const;

/** Shared look: system font at 13 px, so that text stays at 12 px or more on a 390 px phone. */
export const chartStyle = { fontFamily: 'inherit', fontSize: '13px', overflow: 'visible' } as const;
