/**
 * `npm run build` builds the full-text index itself once Astro’s process has exited, so that the
 * memory of the two is never held at once: at 10,000 procedures Astro’s Node peaks at about
 * 1.4 GB and Pagefind’s indexer at 0.7 GB a shard, and the two together reached 2.2 GB. The
 * build script sets this variable for the Astro process it starts; `astro build` run on its own
 * still indexes in its build hook (src/integrations/pagefind.ts).
 */
export const indexAfterAstroVariable = 'TTHC_INDEX_AFTER_ASTRO';

/** Whether the process that started this one builds the full-text index after it exits. */
export function isIndexAfterAstro(env: NodeJS.ProcessEnv = process.env): boolean {
	return env[indexAfterAstroVariable] === '1';
}
