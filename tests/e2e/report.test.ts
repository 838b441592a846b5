import { describe, expect, test } from 'vitest';
import { accessibilityViolations, openPage, siteUrl, useBrowser } from './support/browser';

const browser = useBrowser();

describe('leadership report page', () => {
	test('shows the sample notice, charts with their tables and working downloads, and passes axe', async () => {
		const { context, page } = await openPage(browser(), '/bao-cao/');
		await page.getByRole('link', { name: 'Năm 2026' }).click();
		await page.waitForURL('**/bao-cao/2026/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Báo cáo rà soát, đánh giá thủ tục hành chính năm 2026'
		);
		expect(await page.getByRole('note').first().textContent()).toContain('Dữ liệu mẫu');
		expect(
			await page.getByRole('link', { name: 'Báo cáo', exact: true }).getAttribute('aria-current')
		).toBe('page');
		const figures = page.locator('figure.chart');
		expect(await figures.count()).toBeGreaterThanOrEqual(5);
		for (const figure of await figures.all()) {
			expect(await figure.locator('.chart-svg > svg').count()).toBe(1);
			expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
		}
		const links = page.locator('.report-downloads a');
		expect(await links.count()).toBe(4);
		for (const link of await links.all()) {
			const response = await fetch(siteUrl((await link.getAttribute('href'))!));
			expect(response.status).toBe(200);
			expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
		}
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('prints on A4 without the site header or the download box', async () => {
		const { context, page } = await openPage(browser(), '/bao-cao/2026/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.report-downloads').isVisible()).toBe(false);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await context.close();
	});
});
