import { describe, expect, test } from 'vitest';
import { describeFieldChange, describeWhenAndWhy } from '../../../src/lib/changes/describe-change';

describe('describeFieldChange', () => {
	test('returns “Lệ phí (channel): old → new” when both values are one lệ phí', () => {
		expect(
			describeFieldChange({
				field: 'fees',
				item: 'Trực tiếp',
				before: 'Lệ phí: 100.000 đ',
				after: 'Lệ phí: 50.000 đ',
			})
		).toBe('Lệ phí (Trực tiếp): 100.000 đ → 50.000 đ');
	});

	test('returns the field’s label when the values name no single charge', () => {
		expect(
			describeFieldChange({
				field: 'fees',
				item: 'Trực tiếp',
				before: 'Miễn phí',
				after: '50.000 đ',
			})
		).toBe('Phí, lệ phí (Trực tiếp): Miễn phí → 50.000 đ');
	});

	test('returns “thêm” for an added paper and “bỏ” for a removed legal basis', () => {
		expect(describeFieldChange({ field: 'documents', after: 'Tờ khai (1 bản chính)' })).toBe(
			'Thành phần hồ sơ: thêm “Tờ khai (1 bản chính)”'
		);
		expect(
			describeFieldChange({
				field: 'legalBasis',
				item: '65/2006/QH11',
				before: 'Luật 65/2006/QH11',
			})
		).toBe('Căn cứ pháp lý (65/2006/QH11): bỏ “Luật 65/2006/QH11”');
	});
});

describe('describeWhenAndWhy', () => {
	test('returns the effective day and the procedure’s decision before the set’s', () => {
		expect(
			describeWhenAndWhy(
				{ effective: '2025-07-01', decision: '1/QĐ-BTP' },
				{ decision: '1540/QĐ-BTP' }
			)
		).toBe(', từ 01/07/2025, theo Quyết định 1540/QĐ-BTP');
	});

	test('returns nothing when neither day nor decision is known', () => {
		expect(describeWhenAndWhy({}, {})).toBe('');
	});
});
