import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { summarize } from '../../src/lib/bench/stats';
import { shardFolder, shardListFile } from '../../src/lib/pagefind/shards';
import { rowsOf } from './row';
import type { BenchCorpus, BenchRow } from './types';

/** A procedure page, its CSS and JS included, must fit a slow phone connection (issue 12). */
const procedurePageBudget = 25 * 1024;

/**
 * Gzipped bytes of what a visitor downloads, from each corpus’s built site: a procedure page with
 * the CSS and JS it links (median and largest), the home page, its islands, the search JSON, and
 * the Pagefind index, every shard included (already compressed by Pagefind: counted as written).
 */
export async function benchWeight(corpora: BenchCorpus[]): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const corpus of corpora) {
		const dist = corpus.distDir;
		if (!dist || !existsSync(dist)) continue;
		const assets = new Map<string, number>();
		const withAssets = (html: string) => gzipped(html) + linkedAssets(dist, html, assets);
		const procedureDir = join(dist, 'thu-tuc');
		const pages = readdirSync(procedureDir).map((id) =>
			withAssets(readFileSync(join(procedureDir, id, 'index.html'), 'utf8'))
		);
		const sizes = summarize(pages);
		const home = readFileSync(join(dist, 'index.html'), 'utf8');
		const homeAssets = new Map<string, number>();
		const pagefind = pagefindBytes(dist);
		const row = rowsOf('weight', corpus.label);
		rows.push(
			row('trang thủ tục + CSS + JS, trung vị (gz)', sizes.p50, 'B'),
			row('trang thủ tục + CSS + JS, lớn nhất (gz)', sizes.max, 'B', procedurePageBudget),
			row('trang chủ, HTML (gz)', gzipped(home), 'B'),
			row('trang chủ, JS và CSS (gz)', linkedAssets(dist, home, homeAssets), 'B'),
			row('search-index.json (gz)', gzipped(readFileSync(join(dist, 'search-index.json'))), 'B'),
			row('mọi JS đảo trong _astro/ (gz)', islandBytes(join(dist, '_astro')), 'B'),
			row('chỉ mục Pagefind', pagefind.bytes, 'B'),
			row('chỉ mục Pagefind, số tệp', pagefind.files, 'tệp')
		);
	}
	return rows;
}

function gzipped(data: string | Buffer): number {
	return gzipSync(data).length;
}

/**
 * Gzipped bytes of the `/_astro/` stylesheets, scripts and island modules a page names (not the
 * chunks those import), each counted once per
 * page; `seen` keeps the size of each file across pages.
 */
function linkedAssets(dist: string, html: string, seen: Map<string, number>): number {
	const paths = new Set(
		[
			...html.matchAll(/(?:href|src|component-url|renderer-url)="(\/_astro\/[^"]+\.(?:css|js))"/g),
		].map((match) => match[1]!)
	);
	let total = 0;
	for (const path of paths) {
		let size = seen.get(path);
		if (size === undefined) {
			size = gzipped(readFileSync(join(dist, path)));
			seen.set(path, size);
		}
		total += size;
	}
	return total;
}

function islandBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir)
		.filter((name) => name.endsWith('.js'))
		.reduce((sum, name) => sum + gzipped(readFileSync(join(dir, name))), 0);
}

/** Every Pagefind bundle of a site: the first, and the shards it lists (src/lib/pagefind/shards.ts). */
function pagefindBytes(dist: string): { bytes: number; files: number } {
	const list = join(dist, shardListFile);
	const others: string[] = existsSync(list) ? JSON.parse(readFileSync(list, 'utf8')) : [];
	return [shardFolder(0), ...others]
		.map((folder) => folderBytes(join(dist, folder)))
		.reduce((sum, bundle) => ({
			bytes: sum.bytes + bundle.bytes,
			files: sum.files + bundle.files,
		}));
}

function folderBytes(dir: string): { bytes: number; files: number } {
	if (!existsSync(dir)) return { bytes: 0, files: 0 };
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile()
	);
	return {
		bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
		files: files.length,
	};
}
