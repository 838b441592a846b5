import { useCallback, useState } from 'react';
import type { SearchRecord } from '../../lib/search/records';

/** Address of the instant-search index built by `src/pages/search-index.json.ts`. */
export const searchIndexUrl = `${import.meta.env.BASE_URL}search-index.json`;

let pending: Promise<SearchRecord[]> | null = null;

/** Fetches the index once per page, however many times it is asked for. */
function fetchIndex(): Promise<SearchRecord[]> {
	pending ??= fetch(searchIndexUrl).then((response) => {
		if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
		return response.json() as Promise<SearchRecord[]>;
	});
	pending.catch(() => {
		pending = null;
	});
	return pending;
}

/**
 * The search records, loaded when `load` is first called (on focus), not with the page: most
 * visitors browse, and the index should not cost them anything.
 */
export function useSearchIndex() {
	const [records, setRecords] = useState<SearchRecord[] | null>(null);
	const [failed, setFailed] = useState(false);
	const load = useCallback(() => {
		if (records) return;
		fetchIndex().then(setRecords, () => setFailed(true));
	}, [records]);
	return { records, failed, load };
}
