import { beforeAll, describe, expect, test } from 'vitest';
import { documentCases } from '../../src/lib/procedure/document-cases';
import { procedureUrl } from '../../src/lib/procedure/entry';
import { nationalFeedbackUrl } from '../../src/lib/procedure/national-portal';
import { canFileOnline } from '../../src/lib/procedure/online';
import { nationalPage } from '../../src/lib/procedure/start-link';
import type { ProcedureDataset } from '../../src/lib/open-data/dataset';
import { accessibilityViolations, siteUrl, useBrowser } from './support/browser';
import { openOn, screens } from './support/screens';

type Procedure = ProcedureDataset['procedures'][number];

const browser = useBrowser();
let procedures: Procedure[];
beforeAll(async () => {
	const dataset = (await (
		await fetch(siteUrl('/data/procedures.json'))
	).json()) as ProcedureDataset;
	procedures = dataset.procedures;
});

const active = () => procedures.filter((p) => p.status.state === 'active');
const withChooser = () =>
	active().find((p) => documentCases(p.documents).cases.length >= 2) as Procedure;

describe.each(screens)('procedure page on a $name', ({ width, height }) => {
	test('leads with the start button to this procedure’s exact national page', async () => {
		const procedure = active().find((p) => canFileOnline(p) && nationalPage(p)) as Procedure;
		const { context, page } = await openOn(
			browser(),
			{ width, height },
			procedureUrl(procedure.id)
		);
		const start = page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' });
		expect(await start.getAttribute('href')).toBe(procedure.provenance.url);
		const headings = await page.$$eval('main h2', (list) => list.map((h) => h.textContent));
		expect(headings[0]).toBe('Làm thủ tục này');
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('says where and when to hand in, printing no unset address', async () => {
		const procedure = active().find(
			(p) =>
				p.channels.some((c) => c.kind === 'in-person') && /Sở Tư pháp/.test(p.agencies.implementing)
		) as Procedure;
		const { context, page } = await openOn(
			browser(),
			{ width, height },
			procedureUrl(procedure.id)
		);
		const desk = page.locator('[data-desk="provincial"]');
		expect(await desk.textContent()).toContain('Trung tâm Phục vụ hành chính công cấp tỉnh');
		expect(await desk.textContent()).not.toMatch(/Địa chỉ|Giờ làm việc|Điện thoại/);
		await context.close();
	});

	test('a replaced procedure leads to its successor and shows no old fee or time limit', async () => {
		const codes = new Set(procedures.map((p) => p.code));
		const replaced = procedures.find(
			(p) => p.status.state === 'replaced' && codes.has(p.status.successor?.code ?? null)
		) as Procedure;
		const successor = procedures.find(
			(p) => p.code === replaced.status.successor?.code
		) as Procedure;
		const { context, page } = await openOn(browser(), { width, height }, procedureUrl(replaced.id));
		const notice = page.locator('.notice-status');
		await notice.getByRole('link', { name: successor.name }).click();
		await page.waitForURL(siteUrl(procedureUrl(successor.id)));
		await page.goBack();
		expect(await page.isVisible('#thong-tin-chinh')).toBe(false);
		expect(await page.isVisible('[data-start-link]')).toBe(false);
		expect(await page.locator('main .channels, main .fee, [data-desk]').count()).toBe(0);
		expect(await page.textContent('main')).not.toContain('Thời hạn giải quyết');
		await context.close();
	});

	test('chooses the documents of one case, and keeps the ticks across a reload', async () => {
		const procedure = withChooser();
		const { context, page } = await openOn(
			browser(),
			{ width, height },
			procedureUrl(procedure.id)
		);
		const { cases } = documentCases(procedure.documents);
		const chooser = page.getByRole('group', { name: 'Bạn thuộc trường hợp nào?' });
		await chooser.getByLabel(cases[1]?.label ?? '', { exact: true }).check();
		expect(await page.isVisible(`[data-case="${cases[1]?.index}"]`)).toBe(true);
		expect(await page.isVisible(`[data-case="${cases[0]?.index}"]`)).toBe(false);
		const boxes = page.locator('.checklist input[type="checkbox"]:visible');
		await boxes.first().check();
		await page.reload();
		expect(
			await page.locator('.checklist input[type="checkbox"]:visible').first().isChecked()
		).toBe(true);
		expect(await page.isVisible(`[data-case="${cases[0]?.index}"]`)).toBe(false);
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	});

	test('prints the document list alone', async () => {
		const procedure = withChooser();
		const { context, page } = await openOn(
			browser(),
			{ width, height },
			procedureUrl(procedure.id)
		);
		// window.print() blocks nothing headless; the attribute it sets is what the print styles read.
		await page.evaluate(() => {
			window.print = () => undefined;
		});
		await page.getByRole('button', { name: 'In danh sách giấy tờ' }).click();
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('#giay-to')).toBe(true);
		expect(await page.isVisible('#cac-buoc')).toBe(false);
		expect(await page.isVisible('#thong-tin-chinh')).toBe(false);
		await context.close();
	});

	test('offers feedback with the code, and the national feedback portal', async () => {
		const procedure = active()[0] as Procedure;
		const { context, page } = await openOn(
			browser(),
			{ width, height },
			procedureUrl(procedure.id)
		);
		const feedback = page.locator('.feedback');
		expect(
			await feedback.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }).getAttribute('href')
		).toBe(nationalFeedbackUrl);
		expect(await feedback.textContent()).toContain(procedure.code ?? procedure.id);
		await context.close();
	});
});

describe('procedure page without JavaScript', () => {
	test('shows every case and every box', async () => {
		const procedure = withChooser();
		const context = await browser().newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
		const page = await context.newPage();
		await page.goto(siteUrl(procedureUrl(procedure.id)));
		const items = procedure.documents.reduce((n, g) => n + g.items.length, 0);
		expect(await page.locator('.checklist input[type="checkbox"]:visible').count()).toBe(items);
		expect(await page.isVisible('[data-case-chooser]')).toBe(false);
		await context.close();
	});
});
