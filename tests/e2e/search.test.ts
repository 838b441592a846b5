import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { procedureUrl } from '../../src/lib/procedure/entry';
import type { SearchRecord } from '../../src/lib/search/records';
import { pageSize } from '../../src/lib/search/results';
import { goldenQueries } from '../search/queries';
import { accessibilityViolations, openPage, useBrowser } from './support/browser';
import { searchFor, searchRecords } from './support/catalogue';

const browser = useBrowser();
let records: SearchRecord[];
beforeAll(async () => {
	records = await searchRecords();
});

/**
 * What the result list shows against the records a filter matches: how many links, and those
 * that should not be there. Filters alone list the first 50 matches.
 */
async function shownAgainst(page: Page, matching: SearchRecord[]) {
	const links = await page.$$eval('[data-search-results] a[href^="/thu-tuc/"]', (anchors) =>
		anchors.map((anchor) => anchor.getAttribute('href') ?? '')
	);
	const allowed = new Set(matching.map((record) => procedureUrl(record.id)));
	return { count: links.length, outside: links.filter((link) => !allowed.has(link)) };
}

/** The lowest top-3 hit rate accepted; the measured rate is printed on every run. */
const floor = 0.85;

describe('instant search', () => {
	test('finds the expected procedure in the top 3 for the citizen query set', async () => {
		const { context, page } = await openPage(browser(), '/');
		const misses: string[] = [];
		let found = 0;
		for (const { query, expect: wanted } of goldenQueries) {
			const record = records.find((r) => r.code === wanted || r.name === wanted);
			const top3 = (await searchFor(page, query)).slice(0, 3);
			if (record && top3.includes(procedureUrl(record.id))) found++;
			else
				misses.push(
					`  “${query}” → ${wanted}${record ? '' : ' (not in the catalogue)'}: got ${top3.join(', ') || 'nothing'}`
				);
		}
		const rate = found / goldenQueries.length;
		console.log(
			`Top-3 hit rate in the browser: ${found}/${goldenQueries.length} = ${(rate * 100).toFixed(1)}%` +
				(misses.length ? `\nMisses:\n${misses.join('\n')}` : '')
		);
		expect(rate).toBeGreaterThanOrEqual(floor);
		await context.close();
	}, 120_000);

	test('updates ranked result links as the user types, and hides the full list', async () => {
		const { context, page } = await openPage(browser(), '/');
		const nationality = await searchFor(page, 'quoc tich');
		expect(nationality.length).toBeGreaterThan(1);
		const naturalisation = records.find((r) => r.code === '2.002039');
		expect(await searchFor(page, 'nhap quoc tich')).toContain(
			procedureUrl(naturalisation?.id ?? '')
		);
		// The full list is hidden by an effect after the results render: wait for it.
		await expect.poll(() => page.isHidden('#tat-ca-thu-tuc'), { timeout: 20_000 }).toBe(true);
		// An empty query hides the results area itself, so wait for the list, not for results.
		await page.getByLabel('Tìm thủ tục').fill('');
		await expect.poll(() => page.isVisible('#tat-ca-thu-tuc'), { timeout: 20_000 }).toBe(true);
		await context.close();
	});

	test('filters by field and fee, alone or with a query', async () => {
		const { context, page } = await openPage(browser(), '/');
		const field = records[0]?.facets.field ?? '';
		const inField = records.filter((r) => r.facets.field === field);
		const free = inField.filter((r) => r.facets.fee === 'free');
		await page.getByText('Lọc theo lĩnh vực').click();
		await page.getByLabel('Lĩnh vực', { exact: true }).selectOption(field);
		// The list updates after the index loads and React renders: wait for the state asserted,
		// not for any link (the full-text link is always there).
		await expect
			.poll(() => shownAgainst(page, inField), { timeout: 20_000 })
			.toEqual({ count: Math.min(inField.length, pageSize), outside: [] });
		await page.getByLabel('Phí, lệ phí').selectOption('free');
		await expect
			.poll(() => shownAgainst(page, free), { timeout: 20_000 })
			.toEqual({ count: Math.min(free.length, pageSize), outside: [] });
		await context.close();
	}, 90_000);

	test('works from the keyboard and has no accessibility violations with results', async () => {
		const { context, page } = await openPage(browser(), '/');
		await page.getByLabel('Tìm thủ tục').focus();
		await page.keyboard.type('cap the cong chung vien');
		await page.waitForSelector('[data-search-results][data-query="cap the cong chung vien"] a');
		expect(await accessibilityViolations(page)).toEqual([]);
		// Tab past the filters’ summary to the first result, and follow it.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(focused).toMatch(/^\/thu-tuc\//);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/thu-tuc\//);
		await context.close();
	});
});
