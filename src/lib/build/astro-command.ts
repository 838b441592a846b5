import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Astro’s command-line entry, run with this Node so it works the same on every system. */
export const astroCli = join(
	dirname(createRequire(import.meta.url).resolve('astro/package.json')),
	'astro.js'
);

/**
 * The heap limit of the build, in MB. Without one, Node on a machine with plenty of memory lets
 * garbage pile up: the build of 10,000 procedures reached 2.3 GB. With 1 GB its Node peaks at
 * about 1.3 GB resident and is no slower; it still builds within 768 MB (measured on the bench
 * corpora, BENCHMARKS.md), so this leaves room. A catalogue several times larger may need more:
 * `NODE_OPTIONS=--max-old-space-size=<MB>` replaces this limit.
 */
export const buildHeapMegabytes = 1024;

/** Node’s arguments for `astro build --outDir <outDir>`, the heap limit first unless NODE_OPTIONS sets one. */
export function astroBuildArgs(
	outDir: string,
	nodeOptions = process.env.NODE_OPTIONS ?? ''
): string[] {
	const heap = /--max-old-space-size\b/.test(nodeOptions)
		? []
		: [`--max-old-space-size=${buildHeapMegabytes}`];
	return [...heap, astroCli, 'build', '--outDir', outDir];
}
