/**
 * Pagefind’s indexer holds every page it indexes in memory: 0.23 MB a page, 2.36 GB for the
 * 10,182 pages of a 10,000-procedure catalogue, beyond a small build machine. Above this many
 * pages the site is indexed in shards, one after another, each written as its own Pagefind
 * bundle; the browser merges them (`mergeIndex`), so citizens search one catalogue. The real
 * catalogue (about 240 pages) and a province’s (about 2,800) stay one bundle.
 */
export const pagesPerShard = 3000;

/** The folder of a shard’s bundle: the first is Pagefind’s usual `pagefind/`. */
export function shardFolder(shard: number): string {
	return shard === 0 ? 'pagefind' : `pagefind-${shard + 1}`;
}

/**
 * The file that lists the other shards’ folders, for the browser to merge: inside the first
 * bundle, so that a site indexed in one bundle serves it too (an empty list).
 */
export const shardListFile = 'pagefind/shards.json';

/** Splits the pages to index, in file-name order, into shards of at most `size` pages. */
export function splitIntoShards<T>(pages: readonly T[], size = pagesPerShard): T[][] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be ≥ 1, got ${size}`);
	const shards: T[][] = [];
	for (let start = 0; start < pages.length; start += size) {
		shards.push(pages.slice(start, start + size));
	}
	return shards.length > 0 ? shards : [[]];
}
