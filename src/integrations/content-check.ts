import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check-content';
import { UserError } from '../lib/cli/run';
import { contentDir, type ContentDir } from '../lib/content/content-dir';
import { formatProblem } from '../lib/validation/friendly-errors';

/**
 * Runs the content check before Astro syncs its collections, so that `astro build` fails with
 * the same friendly messages as `npm run check`, before any page is written. Astro’s own schema
 * errors replace custom messages for type errors and print `key**: **key` residue without line
 * numbers; and what the check rejects (too large files, colliding field names) would otherwise
 * slow the build down or break it half-way.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'tthc:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				let content: ContentDir;
				try {
					content = contentDir(fileURLToPath(config.root), process.env);
				} catch (error) {
					if (!(error instanceof UserError)) throw error;
					logger.error(`lỗi: ${error.message}`);
					throw withoutStack(new Error(error.message));
				}
				const { errors, warnings } = checkContent(content);
				if (warnings.length > 0) {
					logger.info(
						`${warnings.length} cảnh báo về chất lượng dữ liệu; chạy \`npm run check\` để xem từng cảnh báo.`
					);
				}
				if (errors.length === 0) return;
				for (const error of errors) logger.error(`lỗi: ${formatProblem(error)}`);
				throw withoutStack(
					new Error(
						`Nội dung có ${errors.length} lỗi; sửa rồi build lại (\`npm run check\` cũng liệt kê các lỗi này).`
					)
				);
			},
		},
	};
}

/** Astro prints the stack of an integration error; the messages logged before already say everything. */
function withoutStack(error: Error): Error {
	error.stack = error.message;
	return error;
}
