import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { procedureSchema } from './schemas/procedure';

/**
 * Procedures live in `content/procedures/<id>.md`, where `<id>` is the national code or an ASCII
 * slug. Files starting with `_` are drafts and are skipped.
 */
const procedures = defineCollection({
	// The id is the file name as written: Astro’s default slugger drops the dot of `2.002039`,
	// and pages, links and the content check all use the national code as the id.
	loader: glob({
		base: './content/procedures',
		pattern: '**/[^_]*.md',
		generateId: ({ entry }) => entry.replace(/\.md$/, ''),
	}),
	schema: procedureSchema,
});

export const collections = { procedures };
