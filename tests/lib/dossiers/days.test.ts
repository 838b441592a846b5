import { describe, expect, test } from 'vitest';
import {
	addWorkingDays,
	dayFromParts,
	partsOfDay,
	formatIsoDay,
	formatViDay,
	monthOfDay,
	parseDay,
	weekday,
	workingDaysBetween,
} from '../../../src/lib/dossiers/days';

const day = (iso: string) => parseDay(iso)!;

describe('parseDay', () => {
	test('reads ISO yyyy-mm-dd', () => {
		expect(formatIsoDay(day('2021-06-30'))).toBe('2021-06-30');
	});
	test('reads Vietnamese dd/mm/yyyy, day first', () => {
		expect(parseDay('05/04/2021')).toBe(day('2021-04-05'));
		expect(parseDay('5/4/2021')).toBe(day('2021-04-05'));
	});
	test('ignores surrounding spaces', () => {
		expect(parseDay(' 2021-01-04 ')).toBe(day('2021-01-04'));
	});
	test('returns null for impossible dates', () => {
		expect(parseDay('31/02/2021')).toBeNull();
		expect(parseDay('2021-02-29')).toBeNull();
		expect(parseDay('2021-13-01')).toBeNull();
		expect(parseDay('00/01/2021')).toBeNull();
		expect(parseDay('2021-04-31')).toBeNull();
	});
	test('accepts 29 February of a leap year', () => {
		expect(formatViDay(day('2024-02-29'))).toBe('29/02/2024');
	});
	test('returns null for other formats', () => {
		expect(parseDay('')).toBeNull();
		expect(parseDay('2021/01/04')).toBeNull();
		expect(parseDay('04-01-2021')).toBeNull();
		expect(parseDay('04/01/21')).toBeNull();
		expect(parseDay('2021-1-4')).toBeNull();
		expect(parseDay('hôm qua')).toBeNull();
	});
});

describe('formatting', () => {
	test('writes dd/mm/yyyy and yyyy-mm', () => {
		expect(formatViDay(day('2021-01-04'))).toBe('04/01/2021');
		expect(monthOfDay(day('2021-01-04'))).toBe('2021-01');
	});
	test('knows the day of the week', () => {
		expect(weekday(day('2021-01-04'))).toBe(1);
		expect(weekday(day('2021-01-03'))).toBe(0);
		expect(weekday(day('1969-12-31'))).toBe(3);
	});
});

describe('addWorkingDays', () => {
	test('skips the weekend', () => {
		expect(formatIsoDay(addWorkingDays(day('2021-01-08'), 1))).toBe('2021-01-11');
	});
	test('counts 5 working days as one week from a weekday', () => {
		expect(formatIsoDay(addWorkingDays(day('2021-01-04'), 5))).toBe('2021-01-11');
		expect(formatIsoDay(addWorkingDays(day('2021-01-06'), 10))).toBe('2021-01-20');
	});
	test('starts counting on Monday for a dossier filed on a weekend', () => {
		expect(formatIsoDay(addWorkingDays(day('2021-01-09'), 1))).toBe('2021-01-11');
		expect(formatIsoDay(addWorkingDays(day('2021-01-09'), 5))).toBe('2021-01-15');
	});
	test('returns the start for 0', () => {
		expect(addWorkingDays(day('2021-01-09'), 0)).toBe(day('2021-01-09'));
	});
});

describe('workingDaysBetween', () => {
	test('is the inverse of addWorkingDays', () => {
		for (const start of ['2021-01-04', '2021-01-08', '2021-01-09', '2021-01-10']) {
			for (const count of [0, 1, 4, 5, 7, 15, 105]) {
				expect(workingDaysBetween(day(start), addWorkingDays(day(start), count))).toBe(count);
			}
		}
	});
	test('is negative when the end comes first', () => {
		expect(workingDaysBetween(day('2021-01-11'), day('2021-01-08'))).toBe(-1);
	});
});

describe('dayFromParts and partsOfDay', () => {
	test('agree with Date.UTC on every day from 1899 to 2101', () => {
		const mismatches: string[] = [];
		for (let time = Date.UTC(1899, 0, 1); time <= Date.UTC(2101, 11, 31); time += 86_400_000) {
			const date = new Date(time);
			const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
			const value = time / 86_400_000;
			const parts = partsOfDay(value);
			const back = dayFromParts(year, month, day);
			if (back !== value || parts.year !== year || parts.month !== month || parts.day !== day) {
				mismatches.push(date.toISOString());
			}
		}
		expect(mismatches).toEqual([]);
	});
	test('refuses days a month does not have', () => {
		expect(dayFromParts(2100, 2, 29)).toBeNull();
		expect(dayFromParts(2000, 2, 29)).not.toBeNull();
		expect(dayFromParts(2021, 6, 31)).toBeNull();
	});
});
