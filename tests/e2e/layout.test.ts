import { describe, expect, test } from 'vitest';
import { accessibilityViolations, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

describe('site layout', () => {
	test('home page is Vietnamese, has a skip link and no accessibility violations', async () => {
		const { context, page } = await openPage(browser(), '/');
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Bỏ qua');
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});
});
