import { z } from 'astro/zod';
import { slugify } from '../lib/text/fold';

/**
 * National procedure code as published in the national TTHC database, e.g. `2.002039` or `1.013859`.
 * Always quote it in YAML (`code: '2.002039'`), otherwise YAML reads it as a number.
 */
export const nationalCodeSchema = z
	.string({ invalid_type_error: "cần mã thủ tục trong dấu nháy, ví dụ '2.002039'" })
	.regex(/^\d\.\d{6}$/, "cần mã thủ tục dạng '2.002039' (một chữ số, dấu chấm, sáu chữ số)");

/** A calendar date written as ISO `yyyy-mm-dd` (shown as dd/mm/yyyy on the site). */
export const isoDateSchema = z
	.string({ invalid_type_error: "cần ngày dạng 'yyyy-mm-dd' trong dấu nháy, ví dụ '2025-07-01'" })
	.refine(
		(value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value),
		"cần một ngày có thật dạng 'yyyy-mm-dd', ví dụ '2025-07-01'"
	);

/** Largest amount of money accepted anywhere: 1 tỷ đồng, far above any fee of the catalogue (50 triệu). */
export const maxDong = 1_000_000_000;

/** The expectation for an amount of money, shared by every message about one. */
const dongMessage =
	'cần số đồng nguyên từ 0 đến 1.000.000.000, viết liền không dấu chấm, ví dụ 50000';

/** A whole number of Vietnamese đồng, from 0 to {@link maxDong}: `50000`, not `50.000`. */
export const dongSchema = z
	.number({ invalid_type_error: dongMessage })
	.refine((value) => Number.isInteger(value) && value >= 0 && value <= maxDong, dongMessage);

/**
 * A number within bounds, checked in one step, so that one wrong value gives one message. Infinity
 * and values like `1e308` fail the bounds.
 */
export function boundedNumber(message: string, min: number, max: number, integer = false) {
	return z
		.number({ invalid_type_error: message })
		.refine(
			(value) => value >= min && value <= max && (!integer || Number.isInteger(value)),
			message
		);
}

/** Text that must not be empty once trimmed. */
export const textSchema = z
	.string({ invalid_type_error: 'cần một đoạn chữ' })
	.trim()
	.min(1, 'cần một đoạn chữ, không để trống');

/** Schemes a web address may use: only these open as ordinary links (no `javascript:`, `data:`). */
const webSchemes = new Set(['https:', 'http:']);

/**
 * A web address starting with `https://` or `http://`. Anything else (`javascript:`, `data:`,
 * `file:`) could run code or open local files from a citizen’s browser when shown as a link.
 */
export const webUrlSchema = z
	.string({ invalid_type_error: 'cần một địa chỉ web bắt đầu bằng https://' })
	.trim()
	.refine(isWebUrl, 'cần một địa chỉ web đầy đủ bắt đầu bằng https:// (hoặc http://)');

/** Whether `value` is a complete http(s) address with a host. */
export function isWebUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return webSchemes.has(url.protocol) && url.hostname !== '';
	} catch {
		return false;
	}
}

/**
 * The name of a field (lĩnh vực). It becomes a page address (`/linh-vuc/cong-chung/`), so it
 * needs at least one letter or digit: `***` would give an empty address.
 */
export const fieldNameSchema = textSchema.refine(
	(value) => slugify(value) !== '',
	'cần tên lĩnh vực có chữ cái hoặc chữ số, ví dụ "Công chứng" (tên này tạo địa chỉ trang /linh-vuc/…/)'
);

/** Whether a `yyyy-mm-dd` string names a day that exists (no 31 February). */
export function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
