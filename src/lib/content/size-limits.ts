/**
 * Largest content files `npm run check` (and so the build) accepts. Above them Astro’s content
 * sync slows down sharply and takes much memory; the largest real procedure file is 36 KB.
 * Measured with `astro sync` on this project (2 cores, one run each, see NOTES-rel-content.md).
 */
export const markdownSizeLimit = 256 * 1024;

/**
 * Largest dossier CSV export. The build streams these files; `npm run check` reads one whole file
 * in memory to check every row. A year of a department’s dossiers is a few MB (60 bytes a row).
 */
export const dossierSizeLimit = 64 * 1024 * 1024;
