import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ImportError } from '../../../src/lib/import/import-problem';
import { readSourceTable } from '../../../src/lib/import/read-source-table';
import { sourceColumns } from '../../../src/lib/import/source-types';

const dir = mkdtempSync(join(tmpdir(), 'tthc-table-'));
const path = join(dir, 'procedures-sources.csv');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = sourceColumns.join(',');
/** A data row with `code` and `name` and every other cell filled. */
const row = (code: string, name: string) =>
	[code, name, ...sourceColumns.slice(2).map((column) => `${column}-x`)].join(',');

/** Reads a table made of `lines`. */
function read(lines: string[], separator = '\r\n') {
	writeFileSync(path, lines.join(separator));
	return readSourceTable(path);
}

/** The problems a read stopped with. */
function stopped(lines: string[]): ImportError['problems'] {
	try {
		read(lines);
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as ImportError).problems;
	}
	throw new Error('expected the read to stop');
}

describe('readSourceTable', () => {
	test('returns each row with the line it starts on and its row number', () => {
		const table = read(
			[header, row('1.002153', 'A'), '', row('', '"Tên\ncó xuống dòng"'), row('2.002039', 'C')],
			'\n'
		);
		expect(table.problems).toEqual([]);
		expect(table.rows.map(({ line, rowNumber, row }) => [line, rowNumber, row.name])).toEqual([
			[2, 1, 'A'],
			[4, 2, 'Tên\ncó xuống dòng'],
			[6, 3, 'C'],
		]);
		expect(table.rows[0]?.row.snapshot).toBe('snapshot-x');
	});

	test('reads the columns by name, in any order, after a byte-order mark', () => {
		const columns = [...sourceColumns].reverse();
		const cells = columns.map((column) => (column === 'name' ? 'Tên' : ''));
		const table = read([`\ufeff${columns.join(',')}`, cells.join(',')]);
		expect(table.rows[0]?.row.name).toBe('Tên');
	});

	test('stops at an empty file and at a header without rows', () => {
		expect(stopped([''])[0]?.message).toMatch(/tệp đang trống/);
		expect(stopped([header, ''])[0]?.message).toMatch(/chỉ có dòng tiêu đề/);
	});

	test('stops at a missing or repeated column, on line 1', () => {
		const problems = stopped([header.replace(',snapshot', ',name'), row('', 'A')]);
		expect(problems.map(({ line, message }) => [line, message])).toEqual([
			[1, expect.stringMatching(/thiếu cột snapshot$/)],
			[1, expect.stringMatching(/cột name xuất hiện nhiều lần$/)],
		]);
	});

	test('stops at a row narrower than the header, naming its line', () => {
		expect(stopped([header, row('', 'A'), 'x,y'])).toEqual([
			expect.objectContaining({ line: 3, message: expect.stringMatching(/13 ô .* có 2 ô/) }),
		]);
	});

	test('stops at an unclosed quote on the line it opens, after a cell spanning lines', () => {
		const lines = [header, row('', '"A\n\nA"'), row('', '"B'), row('', 'C')];
		expect(stopped(lines)).toEqual([
			expect.objectContaining({ line: 5, message: expect.stringMatching(/đến hết tệp/) }),
		]);
	});

	test('stops at a quote left open in the header, on line 1', () => {
		expect(stopped([`"${header}`, row('', 'A')])).toEqual([expect.objectContaining({ line: 1 })]);
	});

	test('reports rows without a name, malformed codes and repeated codes', () => {
		const table = read([header, row('1.002153', 'A'), row('1.002153', 'B'), row('x', '')]);
		expect(table.problems.map(({ line, field }) => [line, field])).toEqual([
			[3, 'code'],
			[4, 'name'],
			[4, 'code'],
		]);
		expect(table.rows).toHaveLength(1);
	});
});
