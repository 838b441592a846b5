import type { Page } from 'playwright-core';
import type { SearchRecord } from '../../../src/lib/search/records';
import { siteUrl } from './browser';

/** The built search index, to pick test targets from the real content instead of hard-coding them. */
export async function searchRecords(): Promise<SearchRecord[]> {
	const response = await fetch(siteUrl('/search-index.json'));
	return (await response.json()) as SearchRecord[];
}

/** Types a query into the instant search and waits until the results show it. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
	await page.getByLabel('Tìm thủ tục').fill(query);
	await page.waitForSelector(
		`[data-search-results][data-query="${query.replace(/"/g, '\\"')}"]:not([aria-busy="true"])`
	);
	return page.$$eval('[data-search-results] a[href^="/thu-tuc/"]', (links) =>
		links.map((link) => link.getAttribute('href') ?? '')
	);
}
