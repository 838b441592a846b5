import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	changeColumns,
	changeLogCsv,
	changeLogDataset,
} from '../../../src/lib/open-data/change-log';
import type { LoggedChangeSet } from '../../../src/lib/changes/read-change-log';
import { reimportedChangeLog } from '../../support/change-log-factory';

let sets: LoggedChangeSet[];
beforeAll(async () => {
	sets = await reimportedChangeLog();
});

describe('changeLogCsv', () => {
	test('returns one row per field change with the documented columns', () => {
		const csv = changeLogCsv(sets, new URL('https://tthc.example.gov.vn/'));
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual(changeColumns.map(({ name }) => name));
		const fee = rows.find((row) => row.id === '2.000954' && row.truong === 'fees');
		expect(fee).toMatchObject({
			dot_thay_doi: '2026-03-04-1-import',
			ngay_ghi: '2026-03-04',
			thay_doi: 'changed',
			muc: 'Trực tiếp',
			gia_tri_cu: 'Miễn phí',
			gia_tri_moi: '50.000 đ',
			quyet_dinh: '2000/QĐ-BTP',
			trang: 'https://tthc.example.gov.vn/thu-tuc/2.000954/',
		});
		expect(rows.filter((row) => row.dot_thay_doi === '2026-01-02-1-import')).toHaveLength(6);
		expect(rows[0]!.dot_thay_doi).toBe('2026-03-04-1-import');
	});
});

describe('changeLogDataset', () => {
	test('returns every change set newest first with its name', () => {
		const dataset = changeLogDataset(sets, new Date('2026-03-05T00:00:00Z'));
		expect(dataset.count).toBe(2);
		expect(dataset.changeSets.map(({ name }) => name)).toEqual([
			'2026-03-04-1-import',
			'2026-01-02-1-import',
		]);
		expect(dataset.generated).toBe('2026-03-05T00:00:00.000Z');
	});
});
