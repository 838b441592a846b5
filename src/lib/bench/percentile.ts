/**
 * The value below which `share` (0–1) of the samples fall, by the nearest-rank method: always one
 * of the samples, so a p95 reads as “one key press in twenty took this long or more”.
 */
export function percentile(samples: readonly number[], share: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.ceil(share * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}
