import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { headerFiles } from '../../src/integrations/security-headers';
import { searchFor, searchRecords } from './support/catalogue';
import { newContext, siteUrl, useBrowser, waitForIslands } from './support/browser';

const browser = useBrowser();

/** What the browser reported while a page was open: CSP violations and other errors. */
interface Watched {
	context: BrowserContext;
	page: Page;
	/** CSP violations, from `securitypolicyviolation` events and from the console. */
	violations: () => Promise<string[]>;
	/** Uncaught script errors (a blocked island or search would show here). */
	errors: string[];
}

declare global {
	interface Window {
		cspViolations?: string[];
	}
}

/**
 * How the policy reaches the browser: the `<meta>` alone (a host that cannot set headers), or
 * also as the HTTP header the build writes for hosts (`dist/_headers`), sent with every file as
 * nginx would. The header also governs Pagefind’s web worker, which the `<meta>` does not reach.
 */
type Delivery = 'meta' | 'meta and header';

/** Opens a page with listeners for CSP violations set before anything on it runs. */
async function openWatched(path: string, delivery: Delivery): Promise<Watched> {
	const context = await newContext(browser());
	if (delivery === 'meta and header') {
		const policy = await headerFilePolicy();
		await context.route('**/*', async (route) => {
			const response = await route.fetch();
			const headers = { ...response.headers(), 'content-security-policy': policy };
			await route.fulfill({ response, headers });
		});
	}
	// Init scripts run through the DevTools protocol, which the page’s policy does not govern.
	await context.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.cspViolations?.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
			);
		});
	});
	const page = await context.newPage();
	const consoleViolations: string[] = [];
	const errors: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text()))
			consoleViolations.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(siteUrl(path));
	await waitForIslands(page);
	const violations = async () => [
		...((await page.evaluate(() => window.cspViolations)) ?? []),
		...consoleViolations,
	];
	return { context, page, violations, errors };
}

/** Directive name → sources, to compare policies regardless of spacing and order. */
function directives(policy: string): Map<string, Set<string>> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, new Set(sources)])
	);
}

/** The page’s policy from its `<meta>`; checks it is strict and that the header file allows it. */
async function checkPolicy(page: Page, headerPolicy: string): Promise<void> {
	const metas = page.locator('meta[http-equiv="content-security-policy"]');
	expect(await metas.count()).toBe(1);
	const policy = directives((await metas.getAttribute('content')) ?? '');
	const scripts = policy.get('script-src') ?? new Set();
	expect(scripts.has("'self'")).toBe(true);
	expect(scripts.has("'unsafe-inline'")).toBe(false);
	expect(scripts.has("'unsafe-eval'")).toBe(false);
	expect(policy.get('style-src')?.has("'unsafe-inline'")).toBe(false);
	expect(policy.get('object-src')).toEqual(new Set(["'none'"]));
	const header = directives(headerPolicy);
	expect(header.get('frame-ancestors')).toEqual(new Set(["'none'"]));
	for (const [name, sources] of policy) {
		expect(
			[...sources].filter((source) => !header.get(name)?.has(source)),
			name
		).toEqual([]);
	}
}

/**
 * The policy the build wrote for hosts to send as a header, read from `dist/` (Astro’s preview
 * server answers 404 for a file with no extension, taking it for a page without its slash).
 */
async function headerFilePolicy(): Promise<string> {
	const file = await readFile(join('dist', headerFiles.staticHost), 'utf8');
	return /Content-Security-Policy: (.*)/.exec(file)?.[1] ?? '';
}

describe.each<Delivery>(['meta', 'meta and header'])(
	'Content-Security-Policy in %s',
	(delivery) => {
		test('home page: the instant search works with no violation', async () => {
			const { context, page, violations, errors } = await openWatched('/', delivery);
			await checkPolicy(page, await headerFilePolicy());
			expect((await searchFor(page, 'khai sinh')).length).toBeGreaterThan(0);
			expect(await violations()).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('procedure page: styled, with no violation', async () => {
			const [record] = await searchRecords();
			const { context, page, violations, errors } = await openWatched(
				`/thu-tuc/${record!.id}/`,
				delivery
			);
			await checkPolicy(page, await headerFilePolicy());
			// The site stylesheet applied: the skip link is moved off screen until focused.
			const skip = await page.locator('.skip-link').boundingBox();
			expect(skip === null || skip.y < 0 || skip.x < 0).toBe(true);
			expect(await violations()).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('full-text search: Pagefind loads its WebAssembly and finds pages', async () => {
			const { context, page, violations, errors } = await openWatched(
				'/tim-kiem/?q=giay to',
				delivery
			);
			await checkPolicy(page, await headerFilePolicy());
			const results = page.locator('[data-fulltext-results] a');
			await results.first().waitFor();
			expect(await results.count()).toBeGreaterThan(0);
			expect(await violations()).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('review pages: the simulator responds, with no violation', async () => {
			for (const path of ['/ra-soat/2026/', '/ra-soat/2026/2.001395/']) {
				const { context, page, violations, errors } = await openWatched(path, delivery);
				await checkPolicy(page, await headerFilePolicy());
				if (path.endsWith('2.001395/')) {
					const perYear = page.locator('[data-result="perYear"]');
					const before = await perYear.getAttribute('data-value');
					await page.getByLabel(/Chuyển sang trực tuyến/).click();
					await page.waitForFunction(
						(value) =>
							document.querySelector('[data-result="perYear"]')?.getAttribute('data-value') !==
							value,
						before
					);
				}
				expect(await violations(), path).toEqual([]);
				expect(errors, path).toEqual([]);
				await context.close();
			}
		});

		test('report and statistics pages: charts keep their look, with no violation', async () => {
			for (const path of ['/bao-cao/2026/', '/thong-ke/']) {
				const { context, page, violations, errors } = await openWatched(path, delivery);
				await checkPolicy(page, await headerFilePolicy());
				const svg = page.locator('figure.chart .chart-svg svg').first();
				expect(await svg.evaluate((element) => getComputedStyle(element).display)).toBe('block');
				expect(await svg.evaluate((element) => getComputedStyle(element).fontSize)).toBe('13px');
				expect(await violations(), path).toEqual([]);
				expect(errors, path).toEqual([]);
				await context.close();
			}
		});
	}
);
