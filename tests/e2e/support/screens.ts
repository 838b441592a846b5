import type { Browser } from 'playwright-core';
import { siteUrl, waitForIslands } from './browser';

/** A phone (390 px, the narrowest common width) and a desktop, for `describe.each`. */
export const screens = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 900 },
];

/** Opens a page at a screen size in a fresh context, once its islands have hydrated. */
export async function openOn(
	browser: Browser,
	{ width, height }: { width: number; height: number },
	path: string
) {
	const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height } });
	const page = await context.newPage();
	await page.goto(siteUrl(path));
	await waitForIslands(page);
	return { context, page };
}
