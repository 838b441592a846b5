import { describe, expect, test } from 'vitest';
import { todayInVietnam } from '../../../src/lib/format/today';

describe('todayInVietnam', () => {
	test('returns the next day after 17:00 UTC', () => {
		expect(todayInVietnam(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
	});
	test('returns the same day in the morning UTC', () => {
		expect(todayInVietnam(new Date('2025-12-31T08:00:00Z'))).toBe('2025-12-31');
	});
});
