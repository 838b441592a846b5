import { isRealDate } from '../../schemas/primitives';

/** Turns day, month and year as written (“1”, “7”, “2025”) into `yyyy-mm-dd`, if the day exists. */
export function toIsoDate(day = '', month = '', year = ''): string | undefined {
	const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(iso) ? iso : undefined;
}

/** Reads a match whose groups 1–3 are day, month and year as `yyyy-mm-dd`. */
export function isoDateOf(match: RegExpExecArray | null): string | undefined {
	return match ? toIsoDate(match[1], match[2], match[3]) : undefined;
}
