import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { shardFolder, shardListFile, splitIntoShards, pagesPerShard } from './shards';

/** What indexing a built site did. */
export interface IndexedSite {
	/** Pages in the full-text index. */
	pages: number;
	/**
	 * The pages of each bundle written, as paths from the site folder: one bundle unless the site
	 * has more than {@link pagesPerShard} pages to index.
	 */
	shards: string[][];
}

/** Only pages that mark a body are indexed (procedure pages); Pagefind skips the others too. */
const indexedMark = 'data-pagefind-body';

/**
 * Builds the full-text index of a built site (`site` is its folder) through Pagefind’s Node API,
 * in shards of at most `perShard` pages (see shards.ts), each in a fresh Pagefind process so that
 * its memory is given back before the next. `forceLanguage: 'vi'` puts every page in one
 * Vietnamese index even if a page’s `lang` is wrong.
 */
export async function indexSite(site: string, perShard = pagesPerShard): Promise<IndexedSite> {
	const pages = htmlFiles(site)
		.filter((file) => readFileSync(file, 'utf8').includes(indexedMark))
		.map((file) => relative(site, file).split(sep).join('/'));
	const shards = splitIntoShards(pages, perShard);
	for (const [number, files] of shards.entries()) {
		try {
			const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
			if (!index) throw new Error(errors.join('\n'));
			for (const sourcePath of files) {
				const content = readFileSync(join(site, sourcePath), 'utf8');
				const added = await index.addHTMLFile({ sourcePath, content });
				if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
			}
			const written = await index.writeFiles({ outputPath: join(site, shardFolder(number)) });
			if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		} finally {
			await pagefind.close();
		}
	}
	const others = shards.slice(1).map((_, number) => `${shardFolder(number + 1)}/`);
	writeFileSync(join(site, shardListFile), `${JSON.stringify(others)}\n`);
	return { pages: pages.length, shards };
}

/**
 * Indexes a built site and says what it did, in the line the bench reads for Pagefind’s time
 * (src/lib/bench/astro-log.ts).
 */
export async function indexSiteAndReport(site: string): Promise<string> {
	const started = performance.now();
	const { pages, shards } = await indexSite(site);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	const split = shards.length > 1 ? `, in ${shards.length} shards` : '';
	return `indexed ${pages} page(s) for full-text search in ${seconds} s${split}`;
}

/** Every HTML file under a folder, in path order. */
function htmlFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}
