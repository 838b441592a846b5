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

/** JavaScript files and what they import, statically or on demand (`import("./x.js")`). */
function withImports(entries: string[]): string[] {
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		for (const m of readFileSync(path, 'utf8').matchAll(
			/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/g
		)) {
			visit(join(path, '..', m[1] ?? ''));
		}
	};
	entries.forEach(visit);
	return [...seen];
}

/** The JavaScript files an island loads: its component and renderer, and what they import. */
function islandScripts(html: string): string[] {
	const text = readFileSync(html, 'utf8');
	return withImports(
		[...text.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => join(dist, m[1] ?? ''))
	);
}

/** The module scripts a page loads (`<script type="module" src>`), with what they import. */
function pageScripts(html: string): string[] {
	const text = readFileSync(html, 'utf8');
	return withImports(
		[...text.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => join(dist, m[1] ?? ''))
	);
}

/** A page’s HTML plus the stylesheets and scripts it loads, gzipped one by one. */
function pageWeight(html: string): number {
	const text = readFileSync(html, 'utf8');
	const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
		join(dist, m[1] ?? '')
	);
	return [html, ...css, ...pageScripts(html)].reduce((sum, path) => sum + gzip(path), 0);
}

describe('weight', () => {
	test('procedure pages stay under 25 KB gzipped (HTML + CSS + script)', () => {
		const pages = files(join(dist, 'thu-tuc')).filter((path) => path.endsWith('.html'));
		const weights = pages
			.map((path) => ({ path, bytes: pageWeight(path) }))
			.sort((a, b) => b.bytes - a.bytes);
		const largest = weights[0]!;
		const scripts = islandScripts(join(dist, 'index.html'));
		const island = scripts.reduce((sum, path) => sum + gzip(path), 0);
		const own = pageScripts(largest.path);
		const script = own.reduce((sum, path) => sum + gzip(path), 0);
		const pagefind = files(join(dist, 'pagefind')).reduce(
			(sum, path) => sum + statSync(path).size,
			0
		);
		console.log(
			[
				`Procedure pages: ${pages.length}, largest ${kb(largest.bytes)} gzipped (${largest.path}), median ${kb(weights[weights.length >> 1]!.bytes)}`,
				`Procedure page script (${own.length} files, counted above): ${kb(script)} gzipped`,
				`Search island JS on / (Preact, Fuse, search code, ${scripts.length} files): ${kb(island)} gzipped`,
				`Search index JSON: ${kb(statSync(join(dist, 'search-index.json')).size)}, ${kb(gzip(join(dist, 'search-index.json')))} gzipped`,
				`Pagefind bundle: ${kb(pagefind)} on disk in ${files(join(dist, 'pagefind')).length} files`,
			].join('\n')
		);
		expect(largest.bytes).toBeLessThanOrEqual(25 * 1024);
		expect(own.length).toBeGreaterThan(0);
		expect(script).toBeLessThanOrEqual(3 * 1024);
	});
});
