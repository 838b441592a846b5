/**
 * Rounds half up to a whole number (đồng). Binary floating point turns 71590.5 into
 * 71590.49999999999 after some products, so the value is first cut to 15 significant digits:
 * enough for any sum of đồng below 10^15 (a million tỷ).
 */
export function roundHalfUp(value: number): number {
	const snapped = Number(value.toPrecision(15));
	return Math.floor(snapped + 0.5);
}

/** Removes floating-point noise from a decimal number of hours (0.1 + 0.2 → 0.3). */
export function cleanHours(value: number): number {
	return Number(value.toPrecision(12));
}

/** Rounds up a share of a whole, without `Math.ceil(0.3 * 10)` giving 4 through float noise. */
export function ceilShare(share: number, total: number): number {
	return Math.ceil(Number((share * total).toPrecision(12)));
}
