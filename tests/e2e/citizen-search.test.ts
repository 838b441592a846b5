import { beforeAll, describe, expect, test } from 'vitest';
import { procedureUrl } from '../../src/lib/procedure/entry';
import type { SearchRecord } from '../../src/lib/search/records';
import { pageSize } from '../../src/lib/search/results';
import { accessibilityViolations, siteUrl, useBrowser, waitForIslands } from './support/browser';
import { openOn, screens } from './support/screens';
import { searchFor, searchRecords } from './support/catalogue';

const browser = useBrowser();
let records: SearchRecord[];
beforeAll(async () => {
	records = await searchRecords();
});

const urlOf = (code: string) => procedureUrl(records.find((r) => r.code === code)?.id ?? '');
const resultLinks = '[data-search-results] a[href^="/thu-tuc/"]';

describe.each(screens)('instant search on a $name', ({ width, height }) => {
	test('reads the query from the address, keeps it there, and comes back with Back', async () => {
		const { context, page } = await openOn(browser(), { width, height }, '/?q=nhap%20quoc%20tich');
		const input = page.getByLabel('Tìm thủ tục');
		await page.waitForSelector(`${resultLinks}`);
		expect(await input.inputValue()).toBe('nhap quoc tich');
		expect(await page.getAttribute(resultLinks, 'href')).toBe(urlOf('2.002039'));

		await searchFor(page, 'thoi quoc tich');
		await page.waitForFunction(() => location.search === '?q=thoi+quoc+tich');
		await page.locator(resultLinks).first().click();
		await page.waitForURL(siteUrl(urlOf('2.002036')));
		await page.goBack();
		await waitForIslands(page);
		expect(new URL(page.url()).searchParams.get('q')).toBe('thoi quoc tich');
		await page.waitForSelector(`[data-search-results][data-query="thoi quoc tich"] a`);
		expect(await page.getByLabel('Tìm thủ tục').inputValue()).toBe('thoi quoc tich');
		await context.close();
	});

	test('opens the first result with Enter', async () => {
		const { context, page } = await openOn(browser(), { width, height }, '/');
		await searchFor(page, 'cap the cong chung vien');
		await page.getByLabel('Tìm thủ tục').press('Enter');
		await page.waitForURL(siteUrl(urlOf('1.013859')));
		await context.close();
	});

	test('shows twenty results, then more with “Xem thêm”', async () => {
		const { context, page } = await openOn(browser(), { width, height }, '/');
		await searchFor(page, 'dang ky');
		expect(await page.locator(resultLinks).count()).toBe(pageSize);
		await page.getByRole('button', { name: /^Xem thêm \d+ thủ tục$/ }).click();
		expect(await page.locator(resultLinks).count()).toBeGreaterThan(pageSize);
		await context.close();
	});

	test('finds a commune-level procedure by everyday words, with where to file it', async () => {
		const { context, page } = await openOn(browser(), { width, height }, '/');
		const single = await searchFor(page, 'xac nhan doc than');
		expect(single[0]).toBe(urlOf('1.004873'));
		expect(await page.textContent('[data-search-results] li')).toContain(
			'Nộp tại UBND xã, phường nơi cư trú'
		);
		await context.close();
	});

	test('suggests the nearest procedures and the commune level when nothing matches', async () => {
		const { context, page } = await openOn(browser(), { width, height }, '/');
		expect(await searchFor(page, 'giay phep lai xe')).toEqual([]);
		// The status line is a live region that settles 400 ms after the results, so as not to
		// talk over typing: wait for it.
		await expect
			.poll(() => page.textContent('[role="status"]'), { timeout: 20_000 })
			.toBe('Không tìm thấy thủ tục phù hợp.');
		expect(await page.locator('.nearest a').count()).toBeGreaterThan(0);
		expect(await page.textContent('.commune-note')).toContain('Ủy ban nhân dân xã, phường');
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('ranks the whole phrase first and reads “ký” apart from “đăng ký”', async () => {
		const { context, page } = await openOn(browser(), { width, height }, '/');
		const sign = await searchFor(page, 'ky hop dong');
		expect(sign[0]).toBe(urlOf('2.000977'));
		// The commune’s birth registration first; the 14 “khai sinh” procedures, not the 106 “đăng ký”.
		const birth = await searchFor(page, 'dang ky khai sinh');
		expect(birth[0]).toBe(urlOf('1.001193'));
		expect(birth.length).toBeLessThanOrEqual(14);
		await context.close();
	});
});

describe('full-text search', () => {
	test('pages through every result with “Xem thêm”', async () => {
		const { context, page } = await openOn(
			browser(),
			{ width: 1280, height: 900 },
			'/tim-kiem/?q=giay%20to'
		);
		const results = page.locator('[data-fulltext-results] a');
		await results.first().waitFor();
		expect(await results.count()).toBe(10);
		await page.getByRole('button', { name: /^Xem thêm \d+ kết quả$/ }).click();
		await page.waitForFunction(
			() => document.querySelectorAll('[data-fulltext-results] a').length > 10
		);
		await context.close();
	});

	test('does not find the page’s own interface text', async () => {
		const { context, page } = await openOn(
			browser(),
			{ width: 1280, height: 900 },
			`/tim-kiem/?q=${encodeURIComponent('Dấu đã đánh được giữ lại trên máy này')}`
		);
		await page.waitForFunction(() =>
			/Không tìm thấy trong toàn văn/.test(
				document.querySelector('[role=status]')?.textContent ?? ''
			)
		);
		expect(await page.locator('[data-fulltext-results] a').count()).toBe(0);
		await context.close();
	});
});
