import { describe, expect, test } from 'vitest';
import { accessibilityViolations, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
/** The page lists every kind and procedure, so axe takes a while on a busy two-core machine. */
const long = 120_000;

describe('papers the state already holds (officers’ page)', () => {
	test(
		'lists the kinds, the candidates per procedure and the rule table, and passes axe',
		async () => {
			const { context, page } = await openPage(browser(), '/ra-soat/giay-to/');
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
				'Giấy tờ Nhà nước đã có dữ liệu'
			);
			expect(await page.getByRole('note').textContent()).toContain('Dữ liệu mẫu');
			const kinds = page.locator('table.kind-table tbody tr');
			expect(await kinds.count()).toBeGreaterThan(20);
			expect(await page.locator('#loai-identity').textContent()).toContain(
				'Cơ sở dữ liệu quốc gia về dân cư'
			);
			expect(await page.locator('section.candidate-procedure').count()).toBeGreaterThan(5);
			expect(await page.getByRole('heading', { name: 'Bảng quy tắc phân loại' }).count()).toBe(1);
			expect(await accessibilityViolations(page)).toEqual([]);
			await context.close();
		},
		long
	);

	test(
		'is reached from the review overview',
		async () => {
			const { context, page } = await openPage(browser(), '/ra-soat/');
			await page.getByRole('link', { name: 'Giấy tờ Nhà nước đã có dữ liệu' }).click();
			await page.waitForURL('**/ra-soat/giay-to/');
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
				'Giấy tờ Nhà nước đã có dữ liệu'
			);
			await context.close();
		},
		long
	);
});
