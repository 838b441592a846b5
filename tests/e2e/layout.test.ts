import { beforeAll, describe, expect, test } from 'vitest';
import { procedureUrl } from '../../src/lib/procedure/entry';
import type { ProcedureDataset } from '../../src/lib/open-data/dataset';
import { accessibilityViolations, openPage, siteUrl, useBrowser } from './support/browser';

const browser = useBrowser();
let procedures: ProcedureDataset['procedures'];
beforeAll(async () => {
	const dataset = (await (
		await fetch(siteUrl('/data/procedures.json'))
	).json()) as ProcedureDataset;
	procedures = dataset.procedures;
});

/** The first link below `base` on the page at `base`, e.g. a year or a field. */
async function firstLinkBelow(base: string, pattern = '[^"/]+/'): Promise<string[]> {
	const html = await (await fetch(siteUrl(base))).text();
	const match = new RegExp(`href="(${base}${pattern})"`).exec(html);
	return match?.[1] ? [match[1]] : [];
}

/** One page of every kind the site builds, procedures of each status and the widest tables. */
async function pageKinds(): Promise<string[]> {
	const [reviewYear] = await firstLinkBelow('/ra-soat/', '\\d{4}/');
	const byState = ['active', 'transferred', 'replaced', 'unlisted'].flatMap((state) => {
		const found = procedures.find((p) => p.status.state === state);
		return found ? [procedureUrl(found.id)] : [];
	});
	const longest = [...procedures].sort((a, b) => b.name.length - a.name.length)[0];
	return [
		'/',
		'/a-z/',
		'/linh-vuc/',
		...(await firstLinkBelow('/linh-vuc/')),
		'/tim-kiem/',
		'/du-lieu/',
		'/thong-ke/',
		...(await firstLinkBelow('/thong-ke/', '\\d{4}/')),
		'/ra-soat/',
		...(reviewYear ? [reviewYear, ...(await firstLinkBelow(reviewYear))] : []),
		'/bao-cao/',
		...(await firstLinkBelow('/bao-cao/', '\\d{4}/')),
		...byState,
		...(longest ? [procedureUrl(longest.id)] : []),
		'/khong-co-trang-nay/',
	];
}

describe('site layout', () => {
	test('home page is Vietnamese, has a skip link and no accessibility violations', async () => {
		const { context, page } = await openPage(browser(), '/');
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Bỏ qua');
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('keeps officer pages out of the citizens’ menu, under “Dành cho cán bộ”', async () => {
		const { context, page } = await openPage(browser(), '/');
		const menu = page.getByRole('navigation', { name: 'Chính' });
		const top = await menu
			.locator(':scope > ul > li > a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(top).not.toEqual(expect.arrayContaining(['/thong-ke/']));
		expect(top).not.toContain('/ra-soat/');
		expect(top).not.toContain('/bao-cao/');
		await menu.getByText('Dành cho cán bộ').click();
		expect(await menu.getByRole('link', { name: 'Rà soát' }).isVisible()).toBe(true);
		await context.close();
	});

	test('marks only the deepest menu link as the current page', async () => {
		const { context, page } = await openPage(browser(), '/ra-soat/giay-to/');
		const menu = page.getByRole('navigation', { name: 'Chính' });
		const current = await menu
			.locator('a[aria-current="page"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(current).toEqual(['/ra-soat/giay-to/']);
		expect(await menu.locator('details').getAttribute('open')).not.toBeNull();
		await context.close();
	});

	test('has a favicon', async () => {
		const { context, page } = await openPage(browser(), '/');
		const href = (await page.getAttribute('link[rel="icon"]', 'href')) ?? '';
		const response = await fetch(siteUrl(href));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('image/svg+xml');
		await context.close();
	});

	test('no page scrolls sideways on a 390 px phone', async () => {
		const context = await browser().newContext({
			locale: 'vi-VN',
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		const wide: string[] = [];
		for (const path of await pageKinds()) {
			await page.goto(siteUrl(path));
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 390) wide.push(`${path}: ${width} px`);
		}
		expect(wide).toEqual([]);
		await context.close();
	}, 120_000);

	test('a wide table scrolls inside itself and passes axe', async () => {
		const html = await (await fetch(siteUrl('/ra-soat/'))).text();
		const year = /href="(\/ra-soat\/\d{4}\/)"/.exec(html)?.[1];
		if (!year) return;
		const context = await browser().newContext({
			locale: 'vi-VN',
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		await page.goto(siteUrl(year));
		const table = page.locator('main table').first();
		const [scroll, client] = await table.evaluate((t) => [t.scrollWidth, t.clientWidth]);
		expect(scroll).toBeGreaterThanOrEqual(client);
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});
});
