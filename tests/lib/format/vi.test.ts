import { describe, expect, test } from 'vitest';
import {
	formatDate,
	formatDong,
	formatHours,
	formatPercent,
	formatScore,
} from '../../../src/lib/format/vi';

describe('Vietnamese formatting', () => {
	test('groups thousands with dots and writes đồng', () => {
		expect(formatDong(975_000_000_000)).toBe('975.000.000.000 đ');
	});

	test('writes decimals with a comma', () => {
		expect(formatHours(2.25)).toBe('2,3 giờ');
		expect(formatPercent(0.71639)).toBe('71,6%');
		expect(formatScore(90.9)).toBe('90,9');
	});

	test('writes dates as dd/mm/yyyy', () => {
		expect(formatDate('2026-01-06')).toBe('06/01/2026');
	});
});
