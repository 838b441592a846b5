/** A CSV cell value; `null` and `undefined` become empty cells. */
export type Cell = string | number | boolean | null | undefined;

/** Quotes a cell when it holds a comma, quote, or line break (RFC 4180). */
function cell(value: Cell): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV for spreadsheets: CRLF line ends, and a UTF-8 byte-order mark, without
 * which Excel reads the file in the system code page and garbles Vietnamese.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(cell).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
