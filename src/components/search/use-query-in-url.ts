import { useEffect, useRef } from 'react';

/**
 * Keeps the query in the address (`/?q=…`) so that a search can be shared, and so that Back from
 * a procedure page returns to the same results. On first render, hands over the query the
 * address already has. The address is replaced, not pushed: each key press is not a page.
 */
export function useQueryInUrl(query: string, restore: (query: string) => void): void {
	const mounted = useRef(false);

	// Once, on mount (`restore` is a new function on every render, so it is not a dependency).
	useEffect(() => {
		const initial = new URLSearchParams(window.location.search).get('q');
		if (initial) restore(initial);
	}, []);

	useEffect(() => {
		// The first run sees the empty query of the server render, before `restore` has landed.
		if (!mounted.current) {
			mounted.current = true;
			return;
		}
		const url = new URL(window.location.href);
		const trimmed = query.trim();
		if ((url.searchParams.get('q') ?? '') === trimmed) return;
		if (trimmed) url.searchParams.set('q', trimmed);
		else url.searchParams.delete('q');
		window.history.replaceState(window.history.state, '', url);
	}, [query]);
}
