import { stringify, type Options } from 'csv-stringify/sync';

/** A CSV cell value; `null` and `undefined` become empty cells. */
export type Cell = string | number | boolean | null | undefined;

/**
 * csv-stringify with formula escaping: a text cell that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return gets a leading `'`, so that a spreadsheet shows it as text instead of running
 * it as a formula (OWASP “CSV injection”). Numbers stay numbers, negative ones included.
 */
const safeOptions: Options = {
	escape_formulas: true,
	// csv-stringify writes `true` as "1" and `false` as ""; open data says what it means.
	cast: { boolean: (value) => String(value) },
};

/** One CSV line with its `\n`, quoted where RFC 4180 needs it and with formulas neutralised. */
export function csvLine(values: readonly Cell[]): string {
	return stringify([values], safeOptions);
}

/**
 * Writes rows as CSV for spreadsheets: CRLF line ends and a UTF-8 byte-order mark, without which
 * Excel reads the file in the system code page and garbles Vietnamese. Formulas are neutralised.
 */
export function toSpreadsheetCsv(
	header: readonly string[],
	rows: readonly (readonly Cell[])[]
): string {
	return `\uFEFF${stringify([header, ...rows], { ...safeOptions, record_delimiter: '\r\n' })}`;
}
