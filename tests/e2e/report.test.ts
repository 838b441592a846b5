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

	test('prints page numbers, and the total of the cost table once, at its end', async () => {
		const { context, page } = await openPage(browser(), '/bao-cao/2026/');
		await page.emulateMedia({ media: 'print' });
		const pageRules = await page.evaluate(() =>
			[...document.styleSheets].flatMap((sheet) =>
				[...sheet.cssRules].flatMap((rule) => {
					const nested = rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule];
					return nested
						.filter((inner) => inner instanceof CSSPageRule)
						.map((inner) => inner.cssText);
				})
			)
		);
		expect(pageRules.join('\n')).toMatch(/@bottom-center[^}]*counter\(page\)/);
		expect(await page.locator('.report table tfoot').count()).toBe(0);
		const totals = page.locator('.report tr', { hasText: 'Tổng cộng' });
		expect(await totals.count()).toBeGreaterThan(0);
		for (const row of await totals.all()) {
			expect(await row.evaluate((tr) => tr.parentElement?.lastElementChild === tr)).toBe(true);
		}
		await context.close();
	});

	test('draws charts a phone can read: 12 px text or more, nothing overlapping or cut, bars sorted', async () => {
		const context = await browser().newContext({
			locale: 'vi-VN',
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		await page.goto(siteUrl('/bao-cao/2026/'));
		const report = await page.evaluate(() => {
			const boxes = (svg: SVGSVGElement, selector: string) =>
				[...svg.querySelectorAll(selector)].map((element) => element.getBoundingClientRect());
			const overlap = (a: DOMRect, b: DOMRect) =>
				a.left < b.right - 1 &&
				b.left < a.right - 1 &&
				a.top < b.bottom - 1 &&
				b.top < a.bottom - 1;
			return [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')].map((svg) => {
				const scale = svg.getBoundingClientRect().width / svg.width.baseVal.value;
				const texts = [...svg.querySelectorAll('text')];
				const ticks = boxes(svg, '[aria-label$="tick label"] text');
				const titles = texts.filter(
					(text) =>
						getComputedStyle(text).fontWeight === '700' &&
						text.closest('[aria-label$="tick label"]') === null
				);
				return {
					smallest: Math.min(
						...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale)
					),
					cut: texts.some((text) => text.textContent?.includes('…')),
					titleOnTicks: titles.some((title) =>
						ticks.some((tick) => overlap(title.getBoundingClientRect(), tick))
					),
					ticksTouch: ticks.some((a, i) => ticks.some((b, j) => i < j && overlap(a, b))),
					fits: svg.getBoundingClientRect().right <= document.documentElement.clientWidth,
				};
			});
		});
		expect(report.length).toBeGreaterThanOrEqual(5);
		for (const chart of report) {
			expect(chart.smallest).toBeGreaterThanOrEqual(12);
			expect(chart).toMatchObject({
				cut: false,
				titleOnTicks: false,
				ticksTouch: false,
				fits: true,
			});
		}
		const rates = await page
			.locator('figure.chart', { hasText: 'Tỷ lệ cắt giảm chi phí tuân thủ của từng thủ tục' })
			.locator('tbody tr td:nth-child(2)')
			.allTextContents();
		const values = rates.map((text) => Number(text.replace('%', '').replace(',', '.')));
		expect(values).toEqual([...values].sort((a, b) => b - a));
		await context.close();
	});
});
