import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isIndexAfterAstro } from '../lib/build/index-after-astro';
import { indexSiteAndReport } from '../lib/pagefind/index-site';

/**
 * Builds the full-text index after Astro has written the site (Starlight’s approach), through
 * Pagefind’s Node API: see src/lib/pagefind/index-site.ts. Only pages marked
 * `data-pagefind-body` (procedure pages) are indexed. Under `npm run build` the build script
 * indexes instead, once this process has exited and given its memory back (see
 * src/lib/build/index-after-astro.ts).
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'tthc:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (isIndexAfterAstro()) {
					logger.info('full-text index: built by the build script after this process exits');
					return;
				}
				logger.info(await indexSiteAndReport(fileURLToPath(dir)));
			},
		},
	};
}
