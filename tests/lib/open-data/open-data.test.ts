import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { procedureSchema } from '../../../src/schemas/procedure';
import { columns } from '../../../src/lib/open-data/columns';
import { procedureCsv, procedureDataset } from '../../../src/lib/open-data/dataset';
import { jsonFields } from '../../../src/lib/open-data/json-fields';
import { mockEntry } from '../../support/procedure-entry';

const site = new URL('https://tthc.example.gov.vn/');

describe('procedureCsv', () => {
	test('writes one row per procedure, in id order, with a column per definition', () => {
		const csv = procedureCsv(
			[mockEntry({ code: '2.002039' }), mockEntry({ code: '1.000426' })],
			site
		);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(`\uFEFF${columns.map((column) => column.name).join(',')}`);
		expect(lines[1]?.startsWith('1.000426,1.000426,')).toBe(true);
		expect(lines[1]).toContain('https://tthc.example.gov.vn/thu-tuc/1.000426/');
	});

	test('writes the page’s path when no public address is set', () => {
		const csv = procedureCsv([mockEntry({ code: '2.002039' })], undefined);
		const row = csv.trimEnd().split('\r\n')[1] ?? '';
		expect(row.endsWith(',/thu-tuc/2.002039/')).toBe(true);
		expect(csv).not.toContain('localhost');
	});

	test('says where to file a commune-level procedure, and nothing for the others', () => {
		const csv = procedureCsv(
			[
				mockEntry({ code: '1.001193', level: ['commune'], field: 'Hộ tịch' }),
				mockEntry({ code: '2.002039' }),
			],
			site
		);
		const [header, commune, province] = parse(csv, { bom: true }) as string[][];
		const column = (header ?? []).indexOf('noi_nop');
		expect(column).toBeGreaterThan(0);
		expect(commune?.[column]).toBe('Nộp tại UBND xã, phường nơi cư trú');
		expect(province?.[column]).toBe('');
	});
});

describe('procedureDataset', () => {
	test('carries the licence, a count and every procedure with its page', () => {
		const dataset = procedureDataset([mockEntry()], site, new Date('2026-01-02T03:04:05Z'));
		expect(dataset.count).toBe(1);
		expect(dataset.generated).toBe('2026-01-02T03:04:05.000Z');
		expect(dataset.licence.url).toMatch(/^https:/);
		expect(dataset.procedures[0]).toMatchObject({
			id: '1.002153',
			url: 'https://tthc.example.gov.vn/thu-tuc/1.002153/',
		});
	});
	test('gives each procedure its page’s path when no public address is set', () => {
		const dataset = procedureDataset([mockEntry()], undefined);
		expect(dataset.procedures[0]?.url).toBe('/thu-tuc/1.002153/');
	});
	test('stops on a procedure that does not match the schema', () => {
		const entry = mockEntry();
		const broken = { ...entry, data: { ...entry.data, code: '2002039' } };
		expect(() => procedureDataset([broken], site)).toThrow(/code/);
	});
});

describe('jsonFields', () => {
	test('describes every field of the schema', () => {
		expect(Object.keys(jsonFields).sort()).toEqual(Object.keys(procedureSchema.shape).sort());
	});
});
