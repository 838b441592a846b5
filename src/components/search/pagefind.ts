import { shardListFile } from '../../lib/pagefind/shards';
import { dStrokeVariants } from '../../lib/search/d-variants';

/** A page found by Pagefind, as the full-text search shows it. */
export interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface PagefindHit {
	id: string;
	score: number;
	data: () => Promise<PagefindResult>;
}
interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	mergeIndex: (url: string) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (
		query: string,
		options?: { filters?: Record<string, string> }
	) => Promise<{ results: PagefindHit[] }>;
}

let pending: Promise<PagefindApi> | null = null;

/**
 * Loads Pagefind from the built site. The URL is computed and marked `@vite-ignore`: a literal
 * `import('/pagefind/pagefind.js')` makes Rollup try to resolve it at build time and fail.
 * Metadata counts for ranking: `folded` holds the name without marks, so “dang ky” finds “đăng ký”.
 * A large catalogue is indexed in shards (src/lib/pagefind/shards.ts): the other bundles listed
 * in `pagefind/shards.json` are merged, so one search covers them all.
 */
export function loadPagefind(): Promise<PagefindApi> {
	pending ??= (async () => {
		const base = import.meta.env.BASE_URL;
		const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
		await api.options({ ranking: { metaWeights: { title: 5, folded: 3 } } });
		for (const folder of await otherShards(base)) await api.mergeIndex(`${base}${folder}`);
		return api;
	})();
	pending.catch(() => {
		pending = null;
	});
	return pending;
}

/** The folders of the other shards; none when the list is missing (one bundle, or an older build). */
async function otherShards(base: string): Promise<string[]> {
	try {
		const response = await fetch(`${base}${shardListFile}`);
		if (!response.ok) return [];
		const list: unknown = await response.json();
		return Array.isArray(list)
			? list.filter(
					(item): item is string => typeof item === 'string' && /^pagefind-\d+\/$/.test(item)
				)
			: [];
	} catch {
		return [];
	}
}

/** Searches every đ-spelling of the query and merges the hits, best score first. */
export async function searchFullText(query: string, field: string): Promise<PagefindHit[]> {
	const api = await loadPagefind();
	const options = field ? { filters: { field } } : {};
	const searches = await Promise.all(
		dStrokeVariants(query).map((variant) => api.search(variant, options))
	);
	const best = new Map<string, PagefindHit>();
	for (const hit of searches.flatMap((search) => search.results)) {
		const seen = best.get(hit.id);
		if (!seen || hit.score > seen.score) best.set(hit.id, hit);
	}
	return [...best.values()].sort((a, b) => b.score - a.score);
}
