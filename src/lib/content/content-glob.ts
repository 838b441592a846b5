/**
 * Which files are procedures: the `.md` files directly in `content/procedures/`, except drafts
 * whose name starts with `_` (and hidden files). The Astro collection (`src/content.config.ts`)
 * and `npm run check` both read this definition, so they always see the same files.
 *
 * Subfolders are not read: a procedure’s page address and its id are its file name (the national
 * code), and the pages are `thu-tuc/[id]`, which cannot hold a `/`. `npm run check` reports any
 * procedure file put in a subfolder, so it does not silently vanish from the site.
 */
export const proceduresBase = 'content/procedures';

/**
 * Glob pattern of Astro’s loader, relative to {@link proceduresBase}: no `**`, so no subfolders;
 * no name starting with `_` (drafts) or `.` (hidden files such as macOS’s `._1.000001.md`, which
 * Astro’s glob would otherwise load).
 */
export const procedureFilePattern = '[^_.]*.md';

/** Whether a file name is read as content (same rule as {@link procedureFilePattern}). */
export function isContentFileName(name: string): boolean {
	return name.endsWith('.md') && !name.startsWith('_') && !name.startsWith('.');
}

/** Whether a name is skipped as a draft or hidden file or folder, rather than reported. */
export function isSkippedName(name: string): boolean {
	return name.startsWith('_') || name.startsWith('.');
}
