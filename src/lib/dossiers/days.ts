import { formatDate } from '../format/vi';

/**
 * Calendar days as whole numbers (days since 1970-01-01), so that comparing, subtracting and
 * bucketing a million dates costs integer arithmetic and no `Date` objects per row.
 */
export type Day = number;

const msPerDay = 86_400_000;

/** Whether February of `year` has 29 days (Gregorian rule). */
function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day of a calendar date, or `null` when the date does not exist (31/02, month 13…).
 * Plain arithmetic (H. Hinnant’s days-from-civil) rather than `Date`: it runs for every date of
 * every row, and allocating a `Date` each time was a tenth of the import time.
 */
export function dayFromParts(year: number, month: number, day: number): Day | null {
	if (month < 1 || month > 12 || day < 1) return null;
	const length = month === 2 && isLeapYear(year) ? 29 : monthLengths[month - 1]!;
	if (day > length) return null;
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** Year, month (1–12) and day of the month of a day, by the inverse arithmetic. */
export function partsOfDay(value: Day): { year: number; month: number; day: number } {
	const shifted = value + 719_468;
	const era = Math.floor(shifted / 146_097);
	const dayOfEra = shifted - era * 146_097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36_524) -
			Math.floor(dayOfEra / 146_096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
	const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const vietnamesePattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a date written as ISO `yyyy-mm-dd` or Vietnamese `dd/mm/yyyy` (day first, as one-stop
 * exports and officers write it). Returns `null` for anything else, including impossible dates.
 */
export function parseDay(text: string): Day | null {
	const value = text.trim();
	const iso = isoPattern.exec(value);
	if (iso) return dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const vi = vietnamesePattern.exec(value);
	if (vi) return dayFromParts(Number(vi[3]), Number(vi[2]), Number(vi[1]));
	return null;
}

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

/** Writes a day as ISO `yyyy-mm-dd`. */
export function formatIsoDay(value: Day): string {
	const { year, month, day } = partsOfDay(value);
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** Writes a day as Vietnamese `dd/mm/yyyy`, the way the site shows dates. */
export function formatViDay(day: Day): string {
	return formatDate(formatIsoDay(day));
}

/** Year of a day. */
export function yearOfDay(day: Day): number {
	return partsOfDay(day).year;
}

/** Month of a day as `yyyy-mm`, the key of monthly series. */
export function monthOfDay(value: Day): string {
	const { year, month } = partsOfDay(value);
	return `${year}-${pad(month)}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
	return (((day + 4) % 7) + 7) % 7;
}

/** Whether offices are open that day. Public holidays are not modelled: only weekends are skipped. */
export function isWorkingDay(day: Day): boolean {
	const dow = weekday(day);
	return dow !== 0 && dow !== 6;
}

/**
 * The day `count` working days after `start`, skipping Saturdays and Sundays; a dossier received on
 * a weekend starts counting on Monday. With `count` 0 it is `start` itself.
 */
export function addWorkingDays(start: Day, count: number): Day {
	let day = start;
	let left = count;
	const whole = Math.floor(left / 5);
	// Whole weeks first, so long limits (105 days) do not loop day by day.
	if (whole > 0 && isWorkingDay(day)) {
		day += whole * 7;
		left -= whole * 5;
	}
	while (left > 0) {
		day += 1;
		if (isWorkingDay(day)) left -= 1;
	}
	return day;
}

/** Working days from `start` to `end` (weekends skipped): 0 on the same day, negative if `end` is earlier. */
export function workingDaysBetween(start: Day, end: Day): number {
	if (end < start) return -workingDaysBetween(end, start);
	const whole = Math.floor((end - start) / 7);
	let count = whole * 5;
	for (let day = start + whole * 7; day < end; day += 1) {
		if (isWorkingDay(day + 1)) count += 1;
	}
	return count;
}
