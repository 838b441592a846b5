/** Summary figures of a list of measurements. */
export interface Summary {
	count: number;
	mean: number;
	p50: number;
	p95: number;
	max: number;
}

/** Mean, nearest-rank percentiles and maximum; all zero for no values. */
export function summarize(values: readonly number[]): Summary {
	if (values.length === 0) return { count: 0, mean: 0, p50: 0, p95: 0, max: 0 };
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
	return {
		count: sorted.length,
		mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
		p50: rank(50),
		p95: rank(95),
		max: sorted.at(-1)!,
	};
}
