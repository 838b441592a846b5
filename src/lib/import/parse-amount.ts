/** What an amount says: a whole number of đồng, an amount in a foreign currency, or nothing readable. */
export type Amount =
	| { kind: 'dong'; value: number }
	| { kind: 'foreign'; currency: string }
	| { kind: 'unreadable' };

/** Digits with thousands separators in groups of three (“1,000,000”, “25.000”) or plain digits. */
const grouped = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)$/;

/** Reads a fee cell of the national database: “800,000 Việt Nam Đồng”, “50 VNĐ”, “100 USD”. */
export function parseAmountCell(cell: string): Amount {
	const match = /^(\d[\d.,]*) ?(Việt Nam Đồng|VNĐ|Đồng|USD|EUR)$/.exec(cell.trim());
	if (!match) return { kind: 'unreadable' };
	const [, digits = '', unit = ''] = match;
	if (unit === 'USD' || unit === 'EUR') return { kind: 'foreign', currency: unit };
	if (!grouped.test(digits)) return { kind: 'unreadable' };
	const value = Number(digits.replace(/[.,]/g, ''));
	return exact(value) ? { kind: 'dong', value } : { kind: 'unreadable' };
}

/** Reads the first amount in đồng written with its unit in free text (“100.000 đồng/hồ sơ”). */
export function firstDongAmount(text: string): number | undefined {
	const match = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|VNĐ|vnđ|Đồng)/.exec(text);
	const value = match ? Number((match[1] as string).replace(/\./g, '')) : undefined;
	return value !== undefined && exact(value) ? value : undefined;
}

/**
 * Whether an amount survives as a number: beyond 2^53 digits are silently rounded, so such an
 * amount (a typo, never a real fee) is left unread and flagged rather than stored wrong.
 */
function exact(value: number): boolean {
	return Number.isSafeInteger(value);
}
