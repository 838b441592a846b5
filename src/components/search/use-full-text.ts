import { useEffect, useState } from 'react';
import { loadPagefind, searchFullText, type PagefindResult } from './pagefind';

/** How many results to show at first and add with each “Xem thêm”; each one loads a fragment file. */
export const fullTextPage = 10;

/** Pause after the last key press before searching, so typing does not fire a search per letter. */
const typingPause = 250;

type Hit = Awaited<ReturnType<typeof searchFullText>>[number];

/**
 * Runs the full-text search for a query and field: the fields to filter by (with counts), the
 * results shown so far, how many there are in all, a status line for the live region, and
 * `more` to load the next page of results.
 */
export function useFullText(query: string, field: string) {
	const [fields, setFields] = useState<[string, number][]>([]);
	const [hits, setHits] = useState<Hit[] | null>(null);
	const [results, setResults] = useState<PagefindResult[] | null>(null);
	const [shown, setShown] = useState(fullTextPage);
	const [status, setStatus] = useState('');

	useEffect(() => {
		loadPagefind()
			.then((api) => api.filters())
			.then((all) =>
				setFields(Object.entries(all.field ?? {}).sort(([a], [b]) => a.localeCompare(b, 'vi')))
			)
			.catch(() => setStatus('Không tải được bộ tìm kiếm toàn văn.'));
	}, []);

	useEffect(() => {
		setShown(fullTextPage);
		if (query.trim() === '') {
			setHits(null);
			return;
		}
		let current = true;
		const timer = setTimeout(async () => {
			try {
				const found = await searchFullText(query, field);
				if (current) setHits(found);
			} catch {
				if (current) setStatus('Không tìm được; hãy thử lại.');
			}
		}, typingPause);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [query, field]);

	useEffect(() => {
		if (hits === null) {
			setResults(null);
			setStatus('');
			return;
		}
		let current = true;
		Promise.all(hits.slice(0, shown).map((hit) => hit.data()))
			.then((data) => {
				if (!current) return;
				setResults(data);
				const more = hits.length > data.length ? `, hiện ${data.length} thủ tục đầu` : '';
				setStatus(
					hits.length === 0
						? 'Không tìm thấy trong toàn văn.'
						: `${hits.length} thủ tục có nội dung phù hợp${more}.`
				);
			})
			.catch(() => current && setStatus('Không tìm được; hãy thử lại.'));
		return () => {
			current = false;
		};
	}, [hits, shown]);

	return {
		fields,
		results,
		status,
		remaining: Math.max(0, (hits?.length ?? 0) - shown),
		more: () => setShown((count) => count + fullTextPage),
	};
}
