/** The parts of Pagefind’s browser API that the full-text search uses. */
export interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	debouncedSearch: (
		query: string,
		options?: { filters?: Record<string, string> },
		wait?: number
	) => Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
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
