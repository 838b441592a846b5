import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, launchBrowser, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('site layout', () => {
	test('home page is Vietnamese, has a skip link and no accessibility violations', async () => {
		const { context, page } = await openPage(browser, '/');
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Bỏ qua');
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});
});
