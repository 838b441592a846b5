import { beforeAll, describe, expect, test } from 'vitest';
import { procedureUrl } from '../../src/lib/procedure/entry';
import type { ProcedureDataset } from '../../src/lib/open-data/dataset';
import { accessibilityViolations, openPage, siteUrl, useBrowser } from './support/browser';

const browser = useBrowser();
let dataset: ProcedureDataset;
beforeAll(async () => {
	dataset = (await (await fetch(siteUrl('/data/procedures.json'))).json()) as ProcedureDataset;
});

/** The active procedure with the most documents: the longest checklist to print. */
function richest() {
	const active = dataset.procedures.filter((p) => p.status.state === 'active');
	const count = (p: (typeof active)[number]) => p.documents.reduce((n, g) => n + g.items.length, 0);
	return active.sort((a, b) => count(b) - count(a))[0]!;
}

describe('procedure page', () => {
	test('ships JSON-LD and one external module script, describes a GovernmentService, and passes axe', async () => {
		const procedure = richest();
		const { context, page } = await openPage(browser(), procedureUrl(procedure.id));
		const scripts = await page.$$eval('script', (list) =>
			list.map((s) => [s.getAttribute('type'), s.getAttribute('src') ? 'external' : 'inline'])
		);
		// JSON-LD is data, not code; the only code is an external file (a strict CSP allows it).
		expect(scripts).toEqual([
			['application/ld+json', 'inline'],
			['module', 'external'],
		]);
		const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? '{}');
		expect(ld).toMatchObject({ '@type': 'GovernmentService', name: procedure.name });
		expect(await page.textContent('h1')).toBe(procedure.name);
		const headings = await page.$$eval('main h2', (list) => list.map((h) => h.textContent));
		expect(headings.indexOf('Thời hạn, phí và nơi nộp')).toBeLessThan(
			headings.indexOf('Giấy tờ cần chuẩn bị')
		);
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('prints as a checklist: navigation hidden, every document with a box', async () => {
		const procedure = richest();
		const { context, page } = await openPage(browser(), procedureUrl(procedure.id));
		await page.emulateMedia({ media: 'print' });
		expect(await page.isHidden('.site-nav')).toBe(true);
		expect(await page.isHidden('.breadcrumbs')).toBe(true);
		const boxes = page.locator('.checklist input[type="checkbox"]');
		const documents = procedure.documents.reduce((n, g) => n + g.items.length, 0);
		expect(await boxes.count()).toBe(documents);
		expect(await boxes.first().isVisible()).toBe(true);
		expect(await page.isVisible('#cac-buoc')).toBe(true);
		await context.close();
	});

	test('a procedure that moved says where to go now', async () => {
		const moved = dataset.procedures.find((p) => p.status.state !== 'active' && p.status.successor);
		if (!moved) return;
		const { context, page } = await openPage(browser(), procedureUrl(moved.id));
		const notice = (await page.textContent('.notice-status')) ?? '';
		expect(notice).toContain(moved.status.successor?.agency);
		if (moved.status.successor?.code) expect(notice).toContain(moved.status.successor.code);
		await context.close();
	});
});
