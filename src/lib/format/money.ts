const dongFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Writes an amount of đồng the Vietnamese way, e.g. `200000` → “200.000 đồng”. */
export function formatDong(amount: number): string {
	return `${dongFormat.format(amount)} đồng`;
}
