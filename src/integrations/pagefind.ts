import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the full-text index after Astro has written the site, through Pagefind’s Node API
 * (Starlight’s approach). `forceLanguage: 'vi'` puts every page in one Vietnamese index even if a
 * page’s `lang` is wrong. Only pages marked `data-pagefind-body` (procedure pages) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'tthc:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					const seconds = ((performance.now() - started) / 1000).toFixed(2);
					logger.info(`indexed ${added.page_count} page(s) for full-text search in ${seconds} s`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
