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
	return { kind: 'dong', value: Number(digits.replace(/[.,]/g, '')) };
}

/** Reads the first amount in đồng written with its unit in free text (“100.000 đồng/hồ sơ”). */
export function firstDongAmount(text: string): number | undefined {
	const match = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|VNĐ|vnđ|Đồng)/.exec(text);
	return match ? Number((match[1] as string).replace(/\./g, '')) : undefined;
}
