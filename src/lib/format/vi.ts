/** Vietnamese number and date formatting, shared by the pages, the simulator and the CLI. */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** A whole number with Vietnamese grouping: 1234567 → “1.234.567”. */
export function formatNumber(value: number): string {
	return integer.format(value);
}

/** An amount of đồng: 1234567 → “1.234.567 đ”. */
export function formatDong(value: number): string {
	return `${integer.format(value)} đ`;
}

/** Hours with at most one decimal: 2.25 → “2,3 giờ”. */
export function formatHours(value: number): string {
	return `${oneDecimal.format(value)} giờ`;
}

/** A fraction as a percentage with at most one decimal: 0.7164 → “71,6%”. */
export function formatPercent(fraction: number): string {
	return percent.format(fraction);
}

/** A number with at most one decimal: 2.25 → “2,3”. */
export function formatDecimal(value: number): string {
	return oneDecimal.format(value);
}

/** A rate that may be missing (nothing to divide by): “98,2%”, or “–”. */
export function formatRate(fraction: number | null): string {
	return fraction === null ? '–' : formatPercent(fraction);
}

/** A 0–100 score with at most one decimal. */
export function formatScore(value: number): string {
	return formatDecimal(value);
}

/** An ISO date `yyyy-mm-dd` as dd/mm/yyyy. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.slice(0, 10).split('-');
	return `${day}/${month}/${year}`;
}
