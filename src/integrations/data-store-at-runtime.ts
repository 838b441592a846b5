import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The virtual module through which Astro 5 hands the synced collections to the server bundle. */
export const dataStoreModule = '\0astro:data-layer-content';

/** The file Astro 5 writes the synced collections to, in its cache folder, for a build. */
export const dataStoreFileName = 'data-store.json';

/**
 * The code that replaces the data-store module in the server bundle: the same value (the parsed
 * JSON of the store file), read when the build renders the pages instead of written into the
 * bundle. Astro writes the whole store as one JavaScript literal (`dataToEsm`), which Rollup then
 * parses like any module: at 10,000 procedures a 50 MB literal took the build to 5.5 GB of memory
 * and twenty seconds; read at run time it is one `JSON.parse`.
 */
export function dataStoreLoader(file: string): string {
	return [
		"import { readFileSync } from 'node:fs';",
		`export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
	].join('\n');
}

/** The Vite plugin: swaps the module’s code after Astro has made it (see {@link dataStoreLoader}). */
export function dataStorePlugin(file: string): Plugin {
	return {
		name: 'tthc:data-store-at-runtime',
		apply: 'build',
		transform(_code, id) {
			return id === dataStoreModule ? { code: dataStoreLoader(file), map: null } : null;
		},
	};
}

/**
 * Keeps the synced collections out of the server bundle of a build (see {@link dataStoreLoader}).
 * Only `astro build`: the dev server loads the store its own way. The pages the build writes do
 * not change; the bundle is thrown away after rendering, so it never needs the file elsewhere.
 */
export function dataStoreAtRuntime(): AstroIntegration {
	return {
		name: 'tthc:data-store-at-runtime',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const file = fileURLToPath(new URL(dataStoreFileName, config.cacheDir));
				updateConfig({ vite: { plugins: [dataStorePlugin(file)] } });
			},
		},
	};
}
