import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvLine, toSpreadsheetCsv } from '../../../src/lib/text/csv';

describe('toSpreadsheetCsv', () => {
	test('starts with a byte-order mark and ends lines with CRLF', () => {
		const csv = toSpreadsheetCsv(['a', 'b'], [[1, 'x']]);
		expect(csv.startsWith('\uFEFFa,b\r\n1,x\r\n')).toBe(true);
	});
	test('quotes cells with commas, quotes and line breaks', () => {
		expect(toSpreadsheetCsv(['a'], [['Tổ chức, "HTX"\nmới']])).toContain('"Tổ chức, ""HTX""\nmới"');
	});
	test('writes null and undefined as empty cells and booleans as words', () => {
		expect(toSpreadsheetCsv(['a', 'b', 'c', 'd'], [[null, undefined, 0, false]])).toContain(
			'\r\n,,0,false\r\n'
		);
	});
	test.each(['=HYPERLINK("http://x","bấm")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
		'neutralises a cell that a spreadsheet would run as a formula: %j',
		(value) => {
			const [, row] = parse(toSpreadsheetCsv(['a'], [[value]]), { bom: true }) as string[][];
			expect(row?.[0]).toBe(`'${value}`);
		}
	);
	test('keeps negative numbers as numbers', () => {
		expect(toSpreadsheetCsv(['a'], [[-5]])).toContain('\r\n-5\r\n');
	});
});

describe('csvLine', () => {
	test('neutralises formulas and ends with a line feed', () => {
		expect(csvLine([3, '=1+1', 'a,b'])).toBe(`3,'=1+1,"a,b"\n`);
	});
	test('reads back as the same cells, formulas prefixed, for any text', () => {
		fc.assert(
			fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
				const [row] = parse(csvLine(cells), { relax_column_count: true }) as string[][];
				const expected = cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
				// A line of one empty cell reads back as no row at all.
				if (cells.length === 1 && cells[0] === '') return row === undefined || row[0] === '';
				return JSON.stringify(row) === JSON.stringify(expected);
			})
		);
	});
});
