import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import {
	dataStoreFileName,
	dataStoreLoader,
	dataStoreModule,
	dataStorePlugin,
} from '../../src/integrations/data-store-at-runtime';

/** Calls the plugin’s `transform` as Vite does. */
function transform(file: string, id: string): unknown {
	const hook = dataStorePlugin(file).transform as (code: string, id: string) => unknown;
	return hook('export default [1,2,3]', id);
}

describe('dataStoreAtRuntime', () => {
	test('the replacement module exports the parsed store file, Vietnamese text intact', async () => {
		// Inside the project: the test runner imports modules from under its root only.
		mkdirSync(join(process.cwd(), '.cache'), { recursive: true });
		const dir = mkdtempSync(join(process.cwd(), '.cache', 'test-data-store-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const store = [{ procedures: 1 }, 'Đăng ký khai sinh', [2, 3]];
		const file = join(dir, dataStoreFileName);
		writeFileSync(file, JSON.stringify(store));
		const module = join(dir, 'data-layer-content.mjs');
		writeFileSync(module, dataStoreLoader(file));
		const loaded = (await import(/* @vite-ignore */ module)) as { default: unknown };
		expect(loaded.default).toEqual(store);
	});

	test('replaces only the data-store module', () => {
		expect(transform('/cache/data-store.json', dataStoreModule)).toEqual({
			code: dataStoreLoader('/cache/data-store.json'),
			map: null,
		});
		expect(transform('/cache/data-store.json', '/src/pages/index.astro')).toBeNull();
	});

	// The module id and the file name are Astro internals: if an Astro update renames them, the
	// swap would silently stop (and the large builds need their memory again). This says so.
	test('matches the module id and file name of the installed Astro', () => {
		const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
		const consts = readFileSync(join(astro, 'dist/content/consts.js'), 'utf8');
		expect(consts).toContain(`DATA_STORE_VIRTUAL_ID = "${dataStoreModule.slice(1)}"`);
		expect(consts).toContain(`DATA_STORE_FILE = "${dataStoreFileName}"`);
		const plugin = readFileSync(
			join(astro, 'dist/content/vite-plugin-content-virtual-mod.js'),
			'utf8'
		);
		expect(plugin).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID');
		expect(plugin).toMatch(/JSON\.parse\(jsonData\)[\s\S]{0,200}dataToEsm\(parsed/);
	});
});
