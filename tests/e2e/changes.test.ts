import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import {
	accessibilityViolations,
	newContext,
	openPage,
	siteUrl,
	useBrowser,
} from './support/browser';

const browser = useBrowser();
const atom = 'http://www.w3.org/2005/Atom';

describe('the change log pages', () => {
	test('lists changes since the log started, links its feed, and passes axe', async () => {
		const { context, page } = await openPage(browser(), '/thay-doi/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Thay đổi thủ tục hành chính'
		);
		expect(await page.locator('main').textContent()).toMatch(
			/Nhật ký bắt đầu ngày \d\d\/\d\d\/\d{4}/
		);
		expect(
			await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
		).toBe('/thay-doi.xml');
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('filters by field with plain links, without JavaScript', async () => {
		const context = await browser().newContext({ locale: 'vi-VN', javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(siteUrl('/thay-doi/'));
		const filter = page.getByRole('navigation', { name: 'Lọc theo phần thay đổi' });
		await filter.getByRole('link', { name: 'Phí, lệ phí' }).click();
		await page.waitForURL('**/thay-doi/phi-le-phi/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Thay đổi thủ tục hành chính: Phí, lệ phí'
		);
		expect(await filter.locator('[aria-current="page"]').textContent()).toContain('Phí, lệ phí');
		expect(
			await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
		).toBe('/thay-doi/phi-le-phi.xml');
		await context.close();
	});

	test('serves the Atom feeds as parseable Atom with the feed’s required elements', async () => {
		for (const path of ['/thay-doi.xml', '/thay-doi/phi-le-phi.xml']) {
			const response = await fetch(siteUrl(path));
			expect(response.status).toBe(200);
			const document = new new JSDOM('').window.DOMParser().parseFromString(
				await response.text(),
				'application/xml'
			);
			expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
			const feed = document.documentElement;
			expect([feed.namespaceURI, feed.localName]).toEqual([atom, 'feed']);
			for (const name of ['id', 'title', 'updated'])
				expect(feed.getElementsByTagNameNS(atom, name).length, name).toBeGreaterThan(0);
		}
	});

	test('shows the history and the day of the last update on a procedure page', async () => {
		const context = await newContext(browser());
		const page = await context.newPage();
		await page.goto(siteUrl('/thu-tuc/2.000488/'));
		const meta = page.locator('p.meta');
		expect(await meta.textContent()).toMatch(/Cập nhật ngày \d\d\/\d\d\/\d{4}/);
		await meta.getByRole('link', { name: /Cập nhật ngày/ }).click();
		expect(page.url()).toMatch(/#lich-su-thay-doi$/);
		const history = page.getByRole('region', { name: 'Lịch sử thay đổi' });
		expect(await history.textContent()).toMatch(/Chưa có thay đổi nào kể từ \d\d\/\d\d\/\d{4}/);
		await context.close();
	});

	test('offers the change log on the open data page', async () => {
		const { context, page } = await openPage(browser(), '/du-lieu/');
		for (const name of ['changes.json', 'changes.csv']) {
			const href = await page.getByRole('link', { name }).getAttribute('href');
			expect((await fetch(siteUrl(href ?? ''))).status).toBe(200);
		}
		await context.close();
	});
});
