import { describe, expect, test } from 'vitest';
import { assignFileIds } from '../../../src/lib/import/file-ids';
import {
	isCatalogueRecord,
	isCommuneJusticeRecord,
	isDepartmentRecord,
	selectLegacyRows,
} from '../../../src/lib/import/select-scope';
import { mockRecord, mockRow } from './fixtures';

describe('isDepartmentRecord', () => {
	test('returns true for provincial-level records', () => {
		expect(isDepartmentRecord(mockRecord({ cap_thuc_hien: 'Cấp bộ, Cấp tỉnh' }))).toBe(true);
	});

	test('returns false for other levels and for civil-judgment enforcement', () => {
		expect(isDepartmentRecord(mockRecord({ cap_thuc_hien: 'Cấp xã' }))).toBe(false);
		expect(isDepartmentRecord(mockRecord({ linh_vuc: 'Thi hành án dân sự' }))).toBe(false);
	});
});

describe('isCommuneJusticeRecord', () => {
	test('returns true for commune-level records of a justice field', () => {
		for (const [cap_thuc_hien, linh_vuc] of [
			['Cấp xã', 'Hộ tịch'],
			['Cấp xã, Cơ quan khác', 'Chứng thực'],
			['Cấp xã', 'Hòa giải ở cơ sở'],
		])
			expect(isCommuneJusticeRecord(mockRecord({ cap_thuc_hien, linh_vuc }))).toBe(true);
	});

	test('returns false for other sectors and for records the province also carries out', () => {
		expect(
			isCommuneJusticeRecord(mockRecord({ cap_thuc_hien: 'Cấp xã', linh_vuc: 'Nông nghiệp' }))
		).toBe(false);
		expect(
			isCommuneJusticeRecord(mockRecord({ cap_thuc_hien: 'Cấp tỉnh, Cấp xã', linh_vuc: 'Hộ tịch' }))
		).toBe(false);
		expect(
			isCommuneJusticeRecord(mockRecord({ cap_thuc_hien: 'Cấp bộ', linh_vuc: 'Hộ tịch' }))
		).toBe(false);
	});
});

describe('isCatalogueRecord', () => {
	test('returns true for the department’s and the commune’s justice records only', () => {
		expect(isCatalogueRecord(mockRecord({ cap_thuc_hien: 'Cấp tỉnh, Cấp xã' }))).toBe(true);
		expect(isCatalogueRecord(mockRecord({ cap_thuc_hien: 'Cấp xã', linh_vuc: 'Hộ tịch' }))).toBe(
			true
		);
		expect(isCatalogueRecord(mockRecord({ cap_thuc_hien: 'Cấp bộ' }))).toBe(false);
	});
});

describe('selectLegacyRows', () => {
	test('returns the rows without a current record, keeping their numbers', () => {
		const rows = ['1.002153', '', '2.000488'].map((code, index) => ({
			row: mockRow({ code }),
			rowNumber: index + 1,
		}));
		const selected = selectLegacyRows(rows, new Set(['1.002153']));
		expect(selected.map(({ rowNumber }) => rowNumber)).toEqual([2, 3]);
	});
});

describe('assignFileIds', () => {
	test('uses the code, or a unique ASCII slug of the name', () => {
		expect(
			assignFileIds([
				{ code: '2.002039', name: 'Nhập quốc tịch' },
				{ code: null, name: 'Chấm dứt tập sự hành nghề công chứng' },
				{ code: null, name: 'Chấm dứt tập sự hành nghề công chứng' },
			])
		).toEqual([
			'2.002039',
			'cham-dut-tap-su-hanh-nghe-cong-chung',
			'cham-dut-tap-su-hanh-nghe-cong-chung-2',
		]);
	});
});
