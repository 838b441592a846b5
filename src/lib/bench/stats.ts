import { percentile } from './percentile';

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
	return {
		count: values.length,
		mean: values.reduce((sum, value) => sum + value, 0) / values.length,
		p50: percentile(values, 0.5),
		p95: percentile(values, 0.95),
		max: percentile(values, 1),
	};
}
