import { timeUnitLabels, type TimeLimit } from '../../schemas/time-limit';
import type { Channel } from '../../schemas/channel';
import { formatDecimal } from '../format/vi';
import { toCalendarDays } from '../review/time-limit-days';

/** Writes a time limit for citizens, e.g. “15 ngày làm việc”; `null` when the source gives none. */
export function formatTimeLimit(limit: TimeLimit): string | null {
	if (limit.value === undefined) return null;
	return `${formatDecimal(limit.value)} ${timeUnitLabels[limit.unit]}`;
}

/**
 * A time limit as a number of days, for sorting and the “how long” filter. Unlike the review’s
 * calendar conversion, working days count as days: citizens read “5 ngày làm việc” as five days,
 * and the filter offers the numbers the pages state. A number without a unit is read as days.
 */
export function timeLimitDays(limit: TimeLimit): number | null {
	if (limit.value === undefined) return null;
	return limit.unit === 'working-days' ? limit.value : toCalendarDays(limit.value, limit.unit);
}

/** The shortest time limit over all channels, in days, or `null` when no channel states one. */
export function shortestDays(channels: readonly Channel[]): number | null {
	const days = channels
		.map((channel) => timeLimitDays(channel.timeLimit))
		.filter((value): value is number => value !== null);
	return days.length > 0 ? Math.min(...days) : null;
}

/** The channel time limit with the fewest days, for one-line summaries; `null` when none is known. */
export function shortestTimeLimit(channels: readonly Channel[]): TimeLimit | null {
	let best: TimeLimit | null = null;
	for (const { timeLimit } of channels) {
		const days = timeLimitDays(timeLimit);
		if (days !== null && (best === null || days < (timeLimitDays(best) as number)))
			best = timeLimit;
	}
	return best;
}
