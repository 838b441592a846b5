import { describe, expect, test } from 'vitest';
import { accessibilityViolations, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

describe('dossier statistics page', () => {
	test('says the data is a sample, shows charts with their tables, and passes axe', async () => {
		const { context, page } = await openPage(browser(), '/thong-ke/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Thống kê hồ sơ');
		expect(await page.getByRole('note').textContent()).toContain('Dữ liệu mẫu');
		const figures = page.locator('figure.chart');
		expect(await figures.count()).toBeGreaterThanOrEqual(4);
		for (const figure of await figures.all()) {
			expect(await figure.locator('.chart-svg > svg').count()).toBe(1);
			expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
		}
		expect(
			await page.getByRole('link', { name: 'Thống kê', exact: true }).getAttribute('aria-current')
		).toBe('page');
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('has a page per year, reached from the overview', async () => {
		const { context, page } = await openPage(browser(), '/thong-ke/');
		await page.getByRole('link', { name: '2021' }).click();
		await page.waitForURL('**/thong-ke/2021/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Thống kê hồ sơ năm 2021'
		);
		expect(await page.locator('dl.figures').textContent()).toMatch(/Hồ sơ tiếp nhận\s*1\.\d{3}/);
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});
});
