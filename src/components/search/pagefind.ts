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
 */
export function loadPagefind(): Promise<PagefindApi> {
	pending ??= (async () => {
		const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
		const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await api.options({ ranking: { metaWeights: { title: 5, folded: 3 } } });
		return api;
	})();
	pending.catch(() => {
		pending = null;
	});
	return pending;
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
