import { z } from 'astro/zod';

/**
 * National procedure code as published in the national TTHC database, e.g. `2.002039` or `1.013859`.
 * Always quote it in YAML (`code: '2.002039'`), otherwise YAML reads it as a number.
 */
export const nationalCodeSchema = z
	.string({ invalid_type_error: 'expected a national code in quotes, like "2.002039"' })
	.regex(/^\d\.\d{6}$/, 'expected a national code like "2.002039" (one digit, a dot, six digits)');

/** A calendar date written as ISO `yyyy-mm-dd` (shown as dd/mm/yyyy on the site). */
export const isoDateSchema = z
	.string({ invalid_type_error: 'expected a date in quotes as yyyy-mm-dd' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd')
	.refine((value) => isRealDate(value), 'expected a real calendar date as yyyy-mm-dd');

/** A whole number of Vietnamese đồng, never negative. */
export const dongSchema = z
	.number({ invalid_type_error: 'expected a whole number of đồng ≥ 0' })
	.int('expected a whole number of đồng ≥ 0')
	.nonnegative('expected a whole number of đồng ≥ 0');

/** Text that must not be empty once trimmed. */
export const textSchema = z
	.string({ invalid_type_error: 'expected text' })
	.trim()
	.min(1, 'expected some text, got an empty value');

/** Whether a `yyyy-mm-dd` string names a day that exists (no 31 February). */
export function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
