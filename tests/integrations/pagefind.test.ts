import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pagefindIndex } from '../../src/integrations/pagefind';
import { indexAfterAstroVariable } from '../../src/lib/build/index-after-astro';

/** A built site of one procedure page, marked for the index. */
function site(): string {
	const root = mkdtempSync(join(tmpdir(), 'tthc-pagefind-hook-'));
	mkdirSync(join(root, 'thu-tuc/1.000001'), { recursive: true });
	writeFileSync(
		join(root, 'thu-tuc/1.000001/index.html'),
		'<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>Đăng ký khai sinh</h1></main></body></html>'
	);
	return root;
}

/** Runs the integration’s build-done hook on a site, with a logger that keeps its lines. */
async function buildDone(root: string): Promise<string[]> {
	const lines: string[] = [];
	const hook = pagefindIndex().hooks['astro:build:done'] as unknown as (options: {
		dir: URL;
		logger: { info: (line: string) => void };
	}) => Promise<void>;
	await hook({ dir: pathToFileURL(`${root}/`), logger: { info: (line) => void lines.push(line) } });
	return lines;
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('pagefindIndex', { timeout: 120_000 }, () => {
	test('indexes the site when astro build runs on its own', async () => {
		const root = site();
		vi.stubEnv(indexAfterAstroVariable, '');
		const lines = await buildDone(root);
		expect(lines.join('\n')).toContain('indexed 1 page(s) for full-text search');
		expect(existsSync(join(root, 'pagefind/pagefind.js'))).toBe(true);
		rmSync(root, { recursive: true, force: true });
	});

	test('leaves the index to the build script under npm run build', async () => {
		const root = site();
		vi.stubEnv(indexAfterAstroVariable, '1');
		const lines = await buildDone(root);
		expect(lines.join('\n')).toContain('built by the build script');
		expect(existsSync(join(root, 'pagefind'))).toBe(false);
		rmSync(root, { recursive: true, force: true });
	});
});
