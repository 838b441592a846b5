import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexSite } from '../../../src/lib/pagefind/index-site';

/** A built site: three procedure pages (marked for the index) and a page that is not. */
function site(): string {
	const root = mkdtempSync(join(tmpdir(), 'tthc-pagefind-'));
	const page = (path: string, body: string) => {
		mkdirSync(join(root, path), { recursive: true });
		writeFileSync(
			join(root, path, 'index.html'),
			`<!doctype html><html lang="vi"><head><title>${body}</title></head><body>${body}</body></html>`
		);
	};
	for (const [id, name] of [
		['1.000001', 'Đăng ký khai sinh'],
		['1.000002', 'Đăng ký kết hôn'],
		['1.000003', 'Cấp phiếu lý lịch tư pháp'],
	]) {
		page(
			`thu-tuc/${id}`,
			`<main data-pagefind-body><h1>${name}</h1><p>Hồ sơ gồm tờ khai.</p></main>`
		);
	}
	page('a-z', '<main><h1>Thủ tục từ A đến Z</h1></main>');
	return root;
}

// Runs Pagefind’s own indexer (a program of the pagefind package), as the build does.
describe('indexSite', { timeout: 120_000 }, () => {
	test('indexes the marked pages in one bundle, with an empty list of other shards', async () => {
		const root = site();
		const { pages, shards } = await indexSite(root);
		expect(pages).toBe(3);
		expect(shards).toEqual([
			['thu-tuc/1.000001/index.html', 'thu-tuc/1.000002/index.html', 'thu-tuc/1.000003/index.html'],
		]);
		expect(existsSync(join(root, 'pagefind/pagefind.js'))).toBe(true);
		expect(JSON.parse(readFileSync(join(root, 'pagefind/shards.json'), 'utf8'))).toEqual([]);
	});

	test('past the shard size, writes a bundle per shard and lists the others for the browser', async () => {
		const root = site();
		const { shards } = await indexSite(root, 2);
		expect(shards.map((files) => files.length)).toEqual([2, 1]);
		expect(existsSync(join(root, 'pagefind/pagefind.js'))).toBe(true);
		expect(existsSync(join(root, 'pagefind-2/pagefind.js'))).toBe(true);
		expect(JSON.parse(readFileSync(join(root, 'pagefind/shards.json'), 'utf8'))).toEqual([
			'pagefind-2/',
		]);
		const entry = (folder: string) =>
			JSON.parse(readFileSync(join(root, folder, 'pagefind-entry.json'), 'utf8')) as {
				languages: Record<string, { page_count: number }>;
			};
		expect(entry('pagefind').languages.vi?.page_count).toBe(2);
		expect(entry('pagefind-2').languages.vi?.page_count).toBe(1);
	});
});
