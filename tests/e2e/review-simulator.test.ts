import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadReviewContent } from '../../src/lib/content/load-review-content';
import { simulate } from '../../src/lib/review/simulate';
import { simulatorProps } from '../../src/lib/review/simulator-props';
import { accessibilityViolations, openPage, useBrowser } from './support/browser';

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
	const content = loadReviewContent();
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

		await page.getByLabel(/Chuyển sang trực tuyến/).click();
		await page.getByLabel(/Rút ngắn thời hạn/).press('Space');
		const enabled = [true, true, false, false, true];
		expect(expected(enabled).perYear).toBeGreaterThan(expected(Array(count).fill(true)).perYear);
		expect(await shown(page)).toEqual(expected(enabled));
		expect(await page.textContent('[data-result="perYear"]')).toMatch(/^[\d.]+ đ$/);
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
