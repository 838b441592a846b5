import type { BenchRow } from './types';

/**
 * Makes the rows of one section and corpus: `row(metric, value, unit, limit)`, where a limit is
 * an upper budget (printed PASS when the value is at most the limit).
 */
export function rowsOf(section: string, corpus: string) {
	return (metric: string, value: number, unit: string, limit?: number): BenchRow => ({
		section,
		corpus,
		metric,
		value,
		unit,
		...(limit !== undefined && { budget: { limit, comparison: '<=' as const } }),
	});
}
