/**
 * Calendar days as whole numbers (days since 1970-01-01), so that comparing, subtracting and
 * bucketing a million dates costs integer arithmetic and no `Date` objects per row.
 */
export type Day = number;

const msPerDay = 86_400_000;

/** The day of a calendar date, or `null` when the date does not exist (31/02, month 13…). */
export function dayFromParts(year: number, month: number, day: number): Day | null {
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	const time = Date.UTC(year, month - 1, day);
	const date = new Date(time);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
	return time / msPerDay;
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

/** The `Date` at midnight UTC of a day. */
export function dateOfDay(day: Day): Date {
	return new Date(day * msPerDay);
}

/** Writes a day as ISO `yyyy-mm-dd`. */
export function formatIsoDay(day: Day): string {
	return dateOfDay(day).toISOString().slice(0, 10);
}

/** Writes a day as Vietnamese `dd/mm/yyyy`, the way the site shows dates. */
export function formatViDay(day: Day): string {
	const [year, month, date] = formatIsoDay(day).split('-');
	return `${date}/${month}/${year}`;
}

/** Year of a day. */
export function yearOfDay(day: Day): number {
	return dateOfDay(day).getUTCFullYear();
}

/** Month of a day as `yyyy-mm`, the key of monthly series. */
export function monthOfDay(day: Day): string {
	return formatIsoDay(day).slice(0, 7);
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
