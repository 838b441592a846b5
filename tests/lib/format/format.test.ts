import { describe, expect, test } from 'vitest';
import { formatIsoDate, todayInVietnam } from '../../../src/lib/format/date';
import { formatDong } from '../../../src/lib/format/money';

describe('formatDong', () => {
	test('groups thousands with dots, the Vietnamese way', () => {
		expect(formatDong(200000)).toBe('200.000 đồng');
		expect(formatDong(4500000)).toBe('4.500.000 đồng');
	});
	test('writes small amounts without separators', () => {
		expect(formatDong(50)).toBe('50 đồng');
	});
});

describe('formatIsoDate', () => {
	test('returns dd/mm/yyyy', () => {
		expect(formatIsoDate('2025-07-01')).toBe('01/07/2025');
	});
});

describe('todayInVietnam', () => {
	test('returns the next day after 17:00 UTC', () => {
		expect(todayInVietnam(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
	});
	test('returns the same day in the morning UTC', () => {
		expect(todayInVietnam(new Date('2025-12-31T08:00:00Z'))).toBe('2025-12-31');
	});
});
