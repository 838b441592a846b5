import { describe, expect, test } from 'vitest';
import { accessibilityViolations, openPage, siteUrl, useBrowser } from './support/browser';
import { searchRecords } from './support/catalogue';

const browser = useBrowser();

describe('browsing', () => {
	test('a field page lists its procedures and passes axe', async () => {
		const records = await searchRecords();
		const field = records[0]!.facets.field;
		const { context, page } = await openPage(browser(), `/linh-vuc/${field}/`);
		const links = await page.locator('main .procedure-list a').count();
		expect(links).toBe(records.filter((r) => r.facets.field === field).length);
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('the A–Z list links every procedure, and unknown addresses get the 404 page', async () => {
		const records = await searchRecords();
		const { context, page } = await openPage(browser(), '/a-z/');
		expect(await page.locator('main .procedure-list a').count()).toBe(records.length);
		const missing = await fetch(siteUrl('/thu-tuc/khong-co/'));
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Không tìm thấy trang này');
		await context.close();
	});

	test('lists a moved procedure with where to go now, never its old fee or time limit', async () => {
		const records = await searchRecords();
		const moved = records.find((r) => !r.facets.active);
		if (!moved) return;
		expect(moved.facts).not.toMatch(/ngày|đ$|phí/);
		const { context, page } = await openPage(browser(), '/a-z/');
		const line = page.locator(`main .procedure-list li:has(a[href="/thu-tuc/${moved.id}/"])`);
		const text = (await line.textContent()) ?? '';
		expect(text).toContain(moved.facts);
		expect(text).not.toMatch(/ngày làm việc|Miễn phí|\d\.\d{3} đ/);
		await context.close();
	});

	test('full-text search finds body text typed without marks, đ included, and filters by field', async () => {
		const { context, page } = await openPage(browser(), '/tim-kiem/?q=giay to');
		const results = page.locator('[data-fulltext-results] a');
		await results.first().waitFor();
		expect(await results.count()).toBeGreaterThan(0);
		const fields = await page.$$eval('#toan-van-linh-vuc option', (options) =>
			options.map((o) => o.getAttribute('value'))
		);
		await page.getByLabel('Lĩnh vực', { exact: true }).selectOption(fields[1] ?? '');
		await page.waitForFunction(() =>
			/thủ tục có nội dung phù hợp/.test(document.querySelector('[role=status]')?.textContent ?? '')
		);
		await page.getByLabel('Tìm trong toàn văn thủ tục').fill('dang ky');
		await page.waitForFunction(() => document.querySelector('[data-fulltext-results] a'));
		expect(await page.locator('[data-fulltext-results] mark').count()).toBeGreaterThan(0);
		await context.close();
	});
});
