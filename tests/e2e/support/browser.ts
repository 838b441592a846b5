import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject, vi } from 'vitest';
import { launchBrowser } from '../../../src/lib/browser/chromium';

export { launchBrowser };

/**
 * Time limits for browser tests and for each browser action. Speed is not what these tests check:
 * on a 2-core machine shared with builds (load average 15–22), axe alone took 25–33 s on the home
 * and statistics pages, which an unloaded machine runs in a few seconds.
 */
export const browserTestTimeout = 180_000;
const browserActionTimeout = 90_000;

/** Absolute address of a path on the test server. */
export function siteUrl(path: string): string {
	return new URL(path, inject('baseUrl')).href;
}

/** A fresh Vietnamese browser context whose actions wait as long as a loaded machine needs. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({ locale: 'vi-VN' });
	context.setDefaultTimeout(browserActionTimeout);
	return context;
}

/** Opens a page in a fresh context (axe needs a context, not `browser.newPage()`). */
export async function openPage(
	browser: Browser,
	path: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(browser);
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

/**
 * Starts Chromium before the tests of a file and closes it after, and gives the file’s tests the
 * generous {@link browserTestTimeout}; call at the top of the file.
 */
export function useBrowser(): () => Browser {
	vi.setConfig({ testTimeout: browserTestTimeout });
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
