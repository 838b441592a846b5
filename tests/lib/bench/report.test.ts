import { describe, expect, test } from 'vitest';
import { budgetLines, formatTable, formatValue, type Figure } from '../../../src/lib/bench/report';

const row = (value: number, budget?: Figure['budget']): Figure => ({
	section: 'build',
	corpus: '15×',
	metric: 'dựng cả trang',
	value,
	unit: 's',
	...(budget && { budget }),
});

describe('formatValue', () => {
	test('returns Vietnamese numbers, one decimal below 100, a dash when unknown', () => {
		expect(formatValue(1234.5)).toBe('1.235');
		expect(formatValue(12.34)).toBe('12,3');
		expect(formatValue(Number.NaN)).toBe('–');
	});
});

describe('formatTable', () => {
	test('returns a header and one aligned line per row', () => {
		const lines = formatTable([row(97.2), row(1234)]).split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^phần\s+bộ\s+chỉ số\s+giá trị\s+đơn vị$/);
		expect(lines[1]!.indexOf('97,2') + 4).toBe(lines[2]!.indexOf('1.234') + 5);
	});
});

describe('budgetLines', () => {
	test('returns PASS or FAIL for rows with a budget only', () => {
		expect(
			budgetLines([
				row(97.2, { limit: 120, comparison: '<=' }),
				row(130, { limit: 120, comparison: '<=' }),
				row(0.4, { limit: 0.5, comparison: '>=' }),
				row(Number.NaN, { limit: 120, comparison: '<=' }),
				row(5),
			])
		).toEqual([
			'PASS build 15× dựng cả trang: 97,2 s (ngưỡng <= 120 s)',
			'FAIL build 15× dựng cả trang: 130 s (ngưỡng <= 120 s)',
			'FAIL build 15× dựng cả trang: 0,4 s (ngưỡng >= 0,5 s)',
			'FAIL build 15× dựng cả trang: – s (ngưỡng <= 120 s)',
		]);
	});
});
