import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serveDist } from '../../scripts/bench/serve-dist';
import { indexSite } from '../../src/lib/pagefind/index-site';
import { newContext, useBrowser, waitForIslands } from './support/browser';

const browser = useBrowser();

/** The name a procedure page shows in its heading. */
function nameOn(site: string, page: string): string {
	const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(site, page), 'utf8'));
	return (heading?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
}

// A 10,000-procedure catalogue is indexed in shards (src/lib/pagefind/shards.ts); the real one
// fits one. Here the built site is indexed again in shards of 100 pages, and served.
describe('full-text search over a catalogue indexed in shards', () => {
	test('finds a procedure of the last shard and of the first, filters included', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'tthc-shards-'));
		cpSync('dist', copy, { recursive: true });
		const site = await (async () => {
			const { shards } = await indexSite(copy, 100);
			expect(shards.length).toBeGreaterThan(1);
			return { shards, served: await serveDist(process.cwd(), copy) };
		})();
		try {
			const context = await newContext(browser());
			const page = await context.newPage();
			for (const files of [site.shards.at(-1)!, site.shards[0]!]) {
				const target = files[0]!;
				const name = nameOn(copy, target);
				expect(name).not.toBe('');
				await page.goto(`${site.served.baseUrl}/tim-kiem/?q=${encodeURIComponent(name)}`);
				await waitForIslands(page);
				const href = `/${target.replace(/index\.html$/, '')}`;
				await page.locator(`[data-fulltext-results] a[href="${href}"]`).first().waitFor();
			}
			// The field filter lists the fields of every shard.
			const fields = await page.$$eval('#toan-van-linh-vuc option', (options) => options.length);
			expect(fields).toBeGreaterThan(2);
			await context.close();
		} finally {
			await site.served.stop();
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
