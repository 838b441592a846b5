import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * Debian’s Chromium (`apt-get install chromium`); never a downloaded browser. Without the
 * background-networking flags Chromium keeps retrying refused outbound connections.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** Absolute address of a path on the test server. */
export function siteUrl(path: string): string {
	return new URL(path, inject('baseUrl')).href;
}

/** Opens a page in a fresh context (axe needs a context, not `browser.newPage()`). */
export async function openPage(
	browser: Browser,
	path: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ locale: 'vi-VN' });
	const page = await context.newPage();
	await page.goto(siteUrl(path));
	await waitForIslands(page);
	return { context, page };
}

/** Waits until every React island has hydrated, so typed input is not lost. */
export async function waitForIslands(page: Page): Promise<void> {
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Runs axe-core for WCAG 2.1 AA (and 2.2 AA) and returns the violations, summarised. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`
	);
}

/** Starts Chromium before the tests of a file and closes it after; call at the top of the file. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser)
			throw new Error('the browser is not started yet: call useBrowser() at the top level');
		return browser;
	};
}
