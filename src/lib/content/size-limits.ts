/**
 * Largest Markdown content file `npm run check` (and so the build) accepts: 256 KB, seven times
 * the largest real procedure file (36 KB). Astro’s content sync renders every body, and its time
 * and memory grow faster than the body: measured with one cold `astro sync` per size on this
 * project (2 shared cores, one run each, so for orientation only), CPU time and peak memory were
 * 6,9 s / 245 MB with no large body, 10 s / 285 MB with a 256 KB body, 12,9 s / 388 MB at 1 MB,
 * 15,8 s / 776 MB at 2 MB, 1,3 GB at 4 MB; a 6,5 MB body took 102 s and 2,6 GB (issue 9).
 */
export const markdownSizeLimit = 256 * 1024;

/**
 * Largest dossier CSV export: 32 MB, about 400.000 rows, four times a busy department’s year. The
 * build streams these files, but `npm run check` holds one file in memory to check every row:
 * measured at 8 MB (100.000 rows) 3,9 s CPU and 186 MB, at 32 MB 8 s and 351 MB (one run each).
 */
export const dossierSizeLimit = 32 * 1024 * 1024;
