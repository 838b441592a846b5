import { getCollection, type CollectionEntry } from 'astro:content';
import { indexCatalogue, type CatalogueIndex } from './catalogue-index';

/** The procedures of the site, as Astro’s collection gives them. */
export type SiteEntry = CollectionEntry<'procedures'>;

let built: Promise<CatalogueIndex<SiteEntry>> | undefined;

/**
 * The catalogue index of this build, read once. Astro 5 deep-copies every entry on each
 * `getCollection` call, so calling it per procedure page made each page cost the size of the
 * catalogue (203 ms at 2,660 procedures). The dev server re-reads, so edits show on reload.
 */
export function siteCatalogue(): Promise<CatalogueIndex<SiteEntry>> {
	if (import.meta.env.DEV) return getCollection('procedures').then(indexCatalogue);
	return (built ??= getCollection('procedures').then(indexCatalogue));
}
