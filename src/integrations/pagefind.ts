import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../lib/pagefind/index-site';

/**
 * Builds the full-text index after Astro has written the site (Starlight’s approach), through
 * Pagefind’s Node API: see src/lib/pagefind/index-site.ts. Only pages marked
 * `data-pagefind-body` (procedure pages) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'tthc:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pages, shards } = await indexSite(fileURLToPath(dir));
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				const split = shards.length > 1 ? `, in ${shards.length} shards` : '';
				logger.info(`indexed ${pages} page(s) for full-text search in ${seconds} s${split}`);
			},
		},
	};
}
