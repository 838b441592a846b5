import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildContentDir, contentPath } from './lib/content/content-dir';
import { procedureFilePattern, proceduresBase } from './lib/content/content-glob';
import { procedureSchema } from './schemas/procedure';

/**
 * Procedures live in `content/procedures/<id>.md`, where `<id>` is the national code or an ASCII
 * slug. Files starting with `_` are drafts and are skipped; subfolders are not read (see
 * content-glob.ts, which `npm run check` reads too, so both see the same files). `TTHC_CONTENT_DIR`
 * names another folder laid out like `content/` (see content-dir.ts).
 */
const procedures = defineCollection({
	// The id is the file name as written: Astro’s default slugger drops the dot of `2.002039`,
	// and pages, links and the content check all use the national code as the id.
	loader: glob({
		base: contentPath(buildContentDir(), proceduresBase),
		pattern: procedureFilePattern,
		generateId: ({ entry }) => entry.replace(/\.md$/, ''),
	}),
	schema: procedureSchema,
});

export const collections = { procedures };
