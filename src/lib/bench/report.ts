import { formatDecimal, formatNumber } from '../format/vi';

/** One measured figure, as the benchmark sections return it (see scripts/bench/types.ts). */
export interface Figure {
	section: string;
	corpus: string;
	metric: string;
	value: number;
	unit: string;
	budget?: { limit: number; comparison: '<=' | '>=' };
}

/** A value as people read it: whole numbers grouped, small ones with one decimal, “–” when unknown. */
export function formatValue(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return Math.abs(value) >= 100 ? formatNumber(value) : formatDecimal(value);
}

/** The rows as an aligned plain-text table: section, corpus, metric, value and unit. */
export function formatTable(rows: readonly Figure[]): string {
	const cells = [
		['phần', 'bộ', 'chỉ số', 'giá trị', 'đơn vị'],
		...rows.map((row) => [row.section, row.corpus, row.metric, formatValue(row.value), row.unit]),
	];
	const widths = cells[0]!.map((_, column) =>
		Math.max(...cells.map((line) => line[column]!.length))
	);
	return cells
		.map((line) =>
			line
				.map((cell, column) =>
					column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)
				)
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

/** Whether a figure keeps to its budget; an unknown value does not. */
export function withinBudget(row: Figure & { budget: NonNullable<Figure['budget']> }): boolean {
	if (!Number.isFinite(row.value)) return false;
	return row.budget.comparison === '<='
		? row.value <= row.budget.limit
		: row.value >= row.budget.limit;
}

/** One `PASS` or `FAIL` line per figure with a budget. */
export function budgetLines(rows: readonly Figure[]): string[] {
	return rows
		.filter((row): row is Figure & { budget: NonNullable<Figure['budget']> } => Boolean(row.budget))
		.map(
			(row) =>
				`${withinBudget(row) ? 'PASS' : 'FAIL'} ${row.section} ${row.corpus} ${row.metric}: ` +
				`${formatValue(row.value)} ${row.unit} (ngưỡng ${row.budget.comparison} ${formatValue(row.budget.limit)} ${row.unit})`
		);
}
