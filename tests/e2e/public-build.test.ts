import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPage, siteUrl, useBrowser } from './support/browser';

const dist = join(import.meta.dirname, '../../dist');
const browser = useBrowser();

/** Every file of the built site, relative to dist/. */
function files(dir = dist, prefix = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, `${prefix}${name}/`) : [`${prefix}${name}`];
	});
}

describe('the public build', () => {
	test('has no workbench: no form page, no editor code, no save API', () => {
		const all = files();
		expect(all.filter((file) => file.split('/').includes('phieu'))).toEqual([]);
		// Strings only the editor has: its save API, its submit button, its proposal button.
		const markers = ['/api/reviews/', 'Lưu phiếu', 'Đưa đề xuất vào phương án', '_workbench'];
		const carrying = all
			.filter((file) => /\.(js|mjs|html|css)$/.test(file))
			.filter((file) => {
				const text = readFileSync(join(dist, file), 'utf8');
				return markers.some((marker) => text.includes(marker));
			});
		expect(carrying).toEqual([]);
	});

	test('offers the filled form and the draft decisions from the review and report pages', async () => {
		const { context, page } = await openPage(browser(), '/ra-soat/2026/2.001395/');
		const links = page.locator('.document-links a');
		expect(await links.allTextContents()).toEqual([
			'Biểu mẫu 02/RS-KSTT đã điền (Word)',
			'Dự thảo Quyết định thông qua phương án của thủ tục này (Word)',
		]);
		const hrefs = await links.evaluateAll((anchors) =>
			anchors.map((anchor) => anchor.getAttribute('href')!)
		);
		await page.goto(siteUrl('/bao-cao/2026/'));
		const decision = page.locator('.document-links a');
		expect(await decision.count()).toBe(1);
		hrefs.push((await decision.getAttribute('href'))!);
		for (const href of hrefs) {
			const response = await fetch(siteUrl(href!));
			expect(response.status, href).toBe(200);
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
		}
		await context.close();
	});
});
