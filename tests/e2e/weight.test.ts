import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

/**
 * Weights of the built site (no browser needed, but it reads `dist/` like the browser tests).
 * Prints the figures the catalogue promises, and fails when a procedure page outgrows 25 KB.
 */
const dist = 'dist';
const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});

/** The JavaScript files an island loads: its component and renderer, and what they import. */
function islandScripts(html: string): string[] {
	const text = readFileSync(html, 'utf8');
	const entries = [...text.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) =>
		join(dist, m[1] ?? '')
	);
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		for (const m of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
			visit(join(path, '..', m[1] ?? ''));
		}
	};
	entries.forEach(visit);
	return [...seen];
}

/** A page’s HTML plus the stylesheets it links, gzipped one by one. */
function pageWeight(html: string): number {
	const text = readFileSync(html, 'utf8');
	const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
		join(dist, m[1] ?? '')
	);
	return [html, ...css].reduce((sum, path) => sum + gzip(path), 0);
}

describe('weight', () => {
	test('procedure pages stay under 25 KB gzipped (HTML + CSS)', () => {
		const pages = files(join(dist, 'thu-tuc')).filter((path) => path.endsWith('.html'));
		const weights = pages
			.map((path) => ({ path, bytes: pageWeight(path) }))
			.sort((a, b) => b.bytes - a.bytes);
		const largest = weights[0]!;
		const scripts = islandScripts(join(dist, 'index.html'));
		const island = scripts.reduce((sum, path) => sum + gzip(path), 0);
		const pagefind = files(join(dist, 'pagefind')).reduce(
			(sum, path) => sum + statSync(path).size,
			0
		);
		console.log(
			[
				`Procedure pages: ${pages.length}, largest ${kb(largest.bytes)} gzipped (${largest.path}), median ${kb(weights[weights.length >> 1]!.bytes)}`,
				`Search island JS on / (React, Fuse, search code, ${scripts.length} files): ${kb(island)} gzipped`,
				`Search index JSON: ${kb(statSync(join(dist, 'search-index.json')).size)}, ${kb(gzip(join(dist, 'search-index.json')))} gzipped`,
				`Pagefind bundle: ${kb(pagefind)} on disk in ${files(join(dist, 'pagefind')).length} files`,
			].join('\n')
		);
		expect(largest.bytes).toBeLessThanOrEqual(25 * 1024);
	});
});
