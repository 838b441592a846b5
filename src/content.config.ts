import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { procedureSchema } from './schemas/procedure';

/**
 * Procedures live in `content/procedures/<id>.md`, where `<id>` is the national code or an ASCII
 * slug. Files starting with `_` are drafts and are skipped.
 */
const procedures = defineCollection({
	loader: glob({ base: './content/procedures', pattern: '**/[^_]*.md' }),
	schema: procedureSchema,
});

export const collections = { procedures };
