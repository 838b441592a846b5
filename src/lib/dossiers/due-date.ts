import type { TimeLimit } from '../../schemas/time-limit';
import { addWorkingDays, dayFromParts, partsOfDay, type Day } from './days';

/** Working hours in a day, to turn a limit in hours into working days. */
const hoursPerDay = 8;

/**
 * The due date of a dossier received on `received` under a legal time limit. Working days skip
 * weekends (public holidays are not modelled); `days` are calendar days; hours round up to whole
 * working days; a number without a unit (nationality: 75/85/105) is read as calendar days. A
 * limit without a number uses `fallbackWorkingDays`.
 */
export function dueDate(
	received: Day,
	limit: Pick<TimeLimit, 'value' | 'unit'> | undefined,
	fallbackWorkingDays: number
): Day {
	const value = limit?.value;
	if (value === undefined || !limit) return addWorkingDays(received, fallbackWorkingDays);
	switch (limit.unit) {
		case 'working-days':
			return addWorkingDays(received, Math.ceil(value));
		case 'hours':
			return addWorkingDays(received, Math.ceil(value / hoursPerDay));
		case 'months':
			return addMonths(received, Math.ceil(value));
		case 'days':
		case 'unspecified':
			return received + Math.ceil(value);
	}
}

/** The same day of the month `count` months later, or the month’s last day when it is shorter. */
function addMonths(day: Day, count: number): Day {
	const parts = partsOfDay(day);
	const months = parts.month - 1 + count;
	const year = parts.year + Math.floor(months / 12);
	const month = (months % 12) + 1;
	for (let dayOfMonth = parts.day; dayOfMonth >= 28; dayOfMonth -= 1) {
		const result = dayFromParts(year, month, dayOfMonth);
		if (result !== null) return result;
	}
	return dayFromParts(year, month, parts.day)!;
}
