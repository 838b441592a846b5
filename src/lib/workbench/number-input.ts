/**
 * Numbers as officers type them: đồng with thousands dots (“50.000”) and decimals with a comma
 * (“1,5 giờ”), the Vietnamese way; a point is read as a decimal point only where money is not
 * meant.
 */

/** Whole đồng from “50.000”, “50 000” or “50000”; `undefined` when it is not a whole amount. */
export function parseDongInput(text: string): number | undefined {
	const digits = text
		.replace(/[.\s ]/g, '')
		.replace(/đ$/i, '')
		.trim();
	return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** A decimal from “1,5” or “1.5”; `undefined` when it is not a number ≥ 0. */
export function parseDecimalInput(text: string): number | undefined {
	const value = text.trim().replace(',', '.');
	return /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
}

/** A number written back into a field: “1,5”, or “50.000” for đồng. */
export function formatInput(value: unknown, kind: 'dong' | 'decimal'): string {
	if (typeof value !== 'number' || !Number.isFinite(value)) return '';
	return kind === 'dong'
		? new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(value)
		: String(value).replace('.', ',');
}
