import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadReviewContent } from '../../src/lib/content/load-review-content';
import { simulate } from '../../src/lib/review/simulate';
import { simulatorProps } from '../../src/lib/review/simulator-props';
import { accessibilityViolations, openPage, useBrowser } from './support/browser';
import { projectContentDir } from '../../src/lib/content/content-dir';

/** The sample record with every kind of change the simulator offers. */
const year = 2026;
const id = '2.001395';

const browser = useBrowser();

/** Reads the raw numbers the simulator shows. */
async function shown(page: Page) {
	const read = async (key: string) =>
		Number(await page.getAttribute(`[data-result="${key}"]`, 'data-value'));
	return {
		perCase: await read('perCase'),
		perYear: await read('perYear'),
		saving: await read('saving'),
		savingRate: await read('savingRate'),
		hoursSaved: await read('hoursSaved'),
		timeLimit: await read('timeLimit'),
	};
}

/** What the library computes for the same record with the given changes switched on. */
function expected(enabled: boolean[]) {
	const content = loadReviewContent(projectContentDir(process.cwd()));
	const review = content.reviews.find(
		(entry) => entry.data.year === year && entry.data.procedure === id
	)!;
	const result = simulate(simulatorProps(review.data, content.config.hourlyIncome.value), enabled);
	return {
		perCase: result.after.perCase,
		perYear: result.after.perYear,
		saving: result.saving,
		savingRate: result.savingRate,
		hoursSaved: result.hoursSaved.perYear,
		timeLimit: result.timeLimit!.after,
	};
}

describe('simplification simulator', () => {
	test('shows the library’s numbers, and updates them when a change is switched off', async () => {
		const { context, page } = await openPage(browser(), `/ra-soat/${year}/${id}/`);
		const boxes = page.getByRole('checkbox');
		const count = await boxes.count();
		expect(count).toBe(5);
		expect(await shown(page)).toEqual(expected(Array(count).fill(true)));

		await page.getByLabel(/Khai thác dữ liệu sẵn có/).press('Space');
		const enabled = [true, false, true, true, true];
		expect(expected(enabled).perYear).toBeGreaterThan(expected(Array(count).fill(true)).perYear);
		expect(await shown(page)).toEqual(expected(enabled));
		expect(await page.textContent('[data-result="perYear"]')).toMatch(/^[\d.]+ đ$/);
		await context.close();
	});

	test('switches dependent changes together, says why, shows the year, and resets', async () => {
		const { context, page } = await openPage(browser(), `/ra-soat/${year}/${id}/`);
		const all = Array(5).fill(true);
		const yearAfter = async () =>
			Number(await page.getAttribute('[data-result="yearAfter"]', 'data-value'));
		const proposedYear = await yearAfter();
		// The lower fee for online filing needs the online channel: both go off together.
		await page.getByLabel(/Chuyển sang trực tuyến/).click();
		expect(await page.getByLabel(/Giảm phí, lệ phí/).isChecked()).toBe(false);
		expect(await page.textContent('[data-note]')).toContain('Tắt cả “Giảm phí, lệ phí”');
		const off = [true, true, false, true, false];
		expect(await shown(page)).toEqual(expected(off));
		expect(await yearAfter()).toBe(proposedYear - expected(all).perYear + expected(off).perYear);
		// Switching the fee back on brings the online channel back.
		await page.getByLabel(/Giảm phí, lệ phí/).click();
		expect(await page.getByLabel(/Chuyển sang trực tuyến/).isChecked()).toBe(true);
		await page.getByLabel(/Rút ngắn thời hạn/).click();
		await page.getByRole('button', { name: 'Đặt lại như phương án đề xuất' }).click();
		expect(await shown(page)).toEqual(expected(all));
		expect(await yearAfter()).toBe(proposedYear);
		await context.close();
	});

	test('the review page and the year page have no accessibility violations', async () => {
		for (const path of [`/ra-soat/${year}/${id}/`, `/ra-soat/${year}/`, '/ra-soat/']) {
			const { context, page } = await openPage(browser(), path);
			expect(await page.getAttribute('html', 'lang')).toBe('vi');
			expect(await accessibilityViolations(page), path).toEqual([]);
			await context.close();
		}
	});
});
