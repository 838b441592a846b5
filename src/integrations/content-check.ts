import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check-content';
import { formatProblem } from '../lib/validation/friendly-errors';

/**
 * Runs the content check before Astro syncs its collections, so that `astro build` fails with
 * the same friendly messages as `npm run check`. Astro’s own schema errors replace custom
 * messages for type errors and print `key**: **key` residue without line numbers.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'tthc:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const { errors, warnings } = checkContent(fileURLToPath(config.root));
				if (warnings.length > 0) {
					logger.info(
						`${warnings.length} data-quality warning(s); run \`npm run check\` to list them.`
					);
				}
				if (errors.length === 0) return;
				for (const error of errors) logger.error(formatProblem(error));
				const error = new Error(
					`${errors.length} content error(s) found; fix them and build again (\`npm run check\` lists them too).`
				);
				// Astro prints the stack of an integration error; the messages above already say everything.
				error.stack = error.message;
				throw error;
			},
		},
	};
}
