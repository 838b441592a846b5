import { describe, expect, test } from 'vitest';
import { parseTimeLimit } from '../../../src/lib/import/parse-time-limit';

describe('parseTimeLimit', () => {
	test('reads working days', () => {
		expect(parseTimeLimit('15 Ngày làm việc')).toEqual({
			timeLimit: { value: 15, unit: 'working-days', asWritten: '15 Ngày làm việc' },
			flags: [],
		});
	});

	test('reads days, hours and months', () => {
		expect(parseTimeLimit('30 Ngày').timeLimit.unit).toBe('days');
		expect(parseTimeLimit('24 Giờ').timeLimit.unit).toBe('hours');
		expect(parseTimeLimit('3 Tháng').timeLimit.unit).toBe('months');
	});

	test('keeps the placeholder 1 without a value and flags it', () => {
		const { timeLimit, flags } = parseTimeLimit('1');
		expect(timeLimit).toEqual({ unit: 'unspecified', asWritten: '1' });
		expect(flags.map((flag) => flag.code)).toEqual(['time-limit-placeholder']);
	});

	test('keeps a bare number with an unspecified unit and flags it', () => {
		const { timeLimit, flags } = parseTimeLimit('105');
		expect(timeLimit).toEqual({ value: 105, unit: 'unspecified', asWritten: '105' });
		expect(flags[0]?.code).toBe('time-limit-no-unit');
	});

	test('flags a missing limit', () => {
		expect(parseTimeLimit('Không có thông tin').flags[0]?.code).toBe('time-limit-missing');
		expect(parseTimeLimit('').flags[0]?.code).toBe('time-limit-missing');
	});

	test('reads a legacy sentence and flags a second limit in it', () => {
		const { timeLimit, flags } = parseTimeLimit(
			'Trong thời hạn 10 ngày, kể từ ngày nhận; trường hợp khác không quá 15 ngày'
		);
		expect(timeLimit.value).toBe(10);
		expect(timeLimit.unit).toBe('days');
		expect(flags[0]?.code).toBe('parse-uncertain');
	});

	test('flags text it cannot read, never guessing a number', () => {
		const { timeLimit, flags } = parseTimeLimit('Mười ngày');
		expect(timeLimit.value).toBeUndefined();
		expect(flags[0]?.code).toBe('parse-uncertain');
	});
});
