import { useEffect, useState } from 'react';
import { loadPagefind, searchFullText, type PagefindResult } from './pagefind';

/** How many results to show; each one loads a fragment file. */
const shown = 10;

/** Pause after the last key press before searching, so typing does not fire a search per letter. */
const typingPause = 250;

/**
 * Runs the full-text search for a query and field: the fields to filter by (with counts), the
 * first results, and a status line for the live region.
 */
export function useFullText(query: string, field: string) {
	const [fields, setFields] = useState<[string, number][]>([]);
	const [results, setResults] = useState<PagefindResult[] | null>(null);
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
		if (query.trim() === '') {
			setResults(null);
			setStatus('');
			return;
		}
		let current = true;
		const timer = setTimeout(async () => {
			try {
				const hits = await searchFullText(query, field);
				const data = await Promise.all(hits.slice(0, shown).map((hit) => hit.data()));
				if (!current) return;
				setResults(data);
				const more = hits.length > shown ? `, hiện ${shown} thủ tục đầu` : '';
				setStatus(
					hits.length === 0
						? 'Không tìm thấy trong toàn văn.'
						: `${hits.length} thủ tục có nội dung phù hợp${more}.`
				);
			} catch {
				if (current) setStatus('Không tìm được; hãy thử lại.');
			}
		}, typingPause);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [query, field]);

	return { fields, results, status };
}
