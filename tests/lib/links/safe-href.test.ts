import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeHref } from '../../../src/lib/links/safe-href';

describe('safeHref', () => {
	test.each([
		'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.002039',
		'http://stp.example.gov.vn/mau-don.docx',
		'mailto:stp@example.gov.vn',
		'/du-lieu/',
		'#can-cu',
	])('returns a web, e-mail or in-site address as written: %s', (url) => {
		expect(safeHref(url)).toBe(url);
	});

	test.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'\u0000javascript:alert(1)',
		'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'blob:https://example.gov.vn/1',
	])('returns undefined for an address that is not a web page or e-mail: %j', (url) => {
		expect(safeHref(url)).toBeUndefined();
	});

	test('returns undefined when there is no address', () => {
		expect(safeHref(undefined)).toBeUndefined();
		expect(safeHref('')).toBeUndefined();
		expect(safeHref('   ')).toBeUndefined();
	});

	test('trims spaces around an address', () => {
		expect(safeHref('  https://example.gov.vn/  ')).toBe('https://example.gov.vn/');
	});

	test('returns only addresses a browser reads as http, https, mailto or in-site', () => {
		fc.assert(
			fc.property(fc.string(), (url) => {
				const href = safeHref(url);
				if (href === undefined) return;
				const scheme = new URL(href, 'https://site.example/').protocol;
				expect(['http:', 'https:', 'mailto:']).toContain(scheme);
			})
		);
	});
});
