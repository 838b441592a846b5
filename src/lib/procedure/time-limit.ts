import { timeUnitLabels, type TimeLimit } from '../../schemas/time-limit';
import type { Channel } from '../../schemas/channel';

/** Writes a time limit for citizens, e.g. “15 ngày làm việc”; `null` when the source gives none. */
export function formatTimeLimit(limit: TimeLimit): string | null {
	if (limit.value === undefined) return null;
	const value = new Intl.NumberFormat('vi-VN').format(limit.value);
	return `${value} ${timeUnitLabels[limit.unit]}`;
}

/**
 * A time limit as a rough number of days, for sorting and the “how long” filter. Working days
 * count as days and hours as part of a day: the filter answers “about how long”, not a deadline.
 * A number without a unit is read as days, as the source tables mean it.
 */
export function timeLimitDays(limit: TimeLimit): number | null {
	if (limit.value === undefined) return null;
	if (limit.unit === 'hours') return limit.value / 24;
	if (limit.unit === 'months') return limit.value * 30;
	return limit.value;
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
