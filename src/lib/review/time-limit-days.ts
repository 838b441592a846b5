import type { TimeUnit } from '../../schemas/time-limit';

/**
 * Approximate calendar days of a time limit, to compare limits in different units with handling
 * times: a working week is 5 of 7 days, a month 30 days; a number without a unit is taken as days.
 */
export function toCalendarDays(value: number, unit: TimeUnit): number {
	switch (unit) {
		case 'working-days':
			return (value * 7) / 5;
		case 'hours':
			return value / 24;
		case 'months':
			return value * 30;
		default:
			return value;
	}
}
