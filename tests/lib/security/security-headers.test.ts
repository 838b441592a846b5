import { describe, expect, test } from 'vitest';
import { headerPolicy } from '../../../src/lib/security/content-security-policy';
import {
	nginxHeadersFile,
	pagePolicies,
	sitePolicy,
	staticHostHeadersFile,
} from '../../../src/lib/security/security-headers';

const policy =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def=';";

/** A page head as Astro writes it, with the quotes of the policy escaped. */
const page = (content = policy) =>
	`<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${content.replace(/'/g, '&#39;')}"><title>x</title></head></html>`;

describe('headerPolicy', () => {
	test('adds frame-ancestors, which only works in a header', () => {
		expect(headerPolicy(policy)).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def='; frame-ancestors 'none'"
		);
	});
});

describe('pagePolicies', () => {
	test('returns the decoded policy of a page', () => {
		expect(pagePolicies(page())).toEqual([policy]);
	});
	test('returns nothing for a page without a policy', () => {
		expect(pagePolicies('<html><head><title>x</title></head></html>')).toEqual([]);
	});
});

describe('sitePolicy', () => {
	test('returns the policy every page shares, one space after each semicolon', () => {
		const pages = new Map([
			['index.html', [policy]],
			['thu-tuc/2.002039/index.html', [policy]],
		]);
		expect(sitePolicy(pages)).toBe(policy.replace(/;$/, ''));
	});
	test('allows the style hashes of every page', () => {
		const pages = new Map([
			['index.html', ["script-src 'self'; style-src 'self' 'sha256-a='"]],
			['thong-ke/index.html', ["script-src 'self'; style-src 'self' 'sha256-b='"]],
		]);
		expect(sitePolicy(pages)).toBe("script-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='");
	});
	test('throws naming a page without a policy', () => {
		const pages = new Map([
			['index.html', [policy]],
			['404.html', []],
		]);
		expect(() => sitePolicy(pages)).toThrow(/404\.html \(không có\)/);
	});
	test('throws naming a page that lacks a directive the others have', () => {
		const pages = new Map([
			['index.html', [policy]],
			['b/index.html', ["default-src 'self'"]],
		]);
		expect(() => sitePolicy(pages)).toThrow(/b\/index\.html \(thiếu script-src, style-src\)/);
	});
	test('throws when there are no pages', () => {
		expect(() => sitePolicy(new Map())).toThrow(/mọi trang/);
	});
});

describe('staticHostHeadersFile', () => {
	test('sends the policy and the other headers for every path', () => {
		const file = staticHostHeadersFile(policy);
		expect(file.startsWith('/*\n')).toBe(true);
		expect(file).toContain(`  Content-Security-Policy: ${headerPolicy(policy)}\n`);
		expect(file).toContain('  X-Content-Type-Options: nosniff\n');
		expect(file).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
	});
});

describe('nginxHeadersFile', () => {
	test('writes one add_header line per header, sent with error pages too', () => {
		const file = nginxHeadersFile(policy);
		expect(file).toContain(
			`add_header Content-Security-Policy "${headerPolicy(policy)}" always;\n`
		);
		expect(file).toContain('add_header X-Frame-Options "DENY" always;\n');
	});
	test('throws rather than write a value nginx would misread', () => {
		expect(() => nginxHeadersFile('default-src "self"')).toThrow(/nginx/);
	});
});
