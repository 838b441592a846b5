import { useEffect, useState } from 'react';
import { loadPagefind, searchFullText, type PagefindResult } from './pagefind';

/** How many results to show; each one loads a fragment file. */
const shown = 10;

/** Pause after the last key press before searching, so typing does not fire a search per letter. */
const typingPause = 250;

/**
 * Full-text search over the procedure pages (requirements, documents, steps) with Pagefind,
 * filtered by field. Reads `?q=` so the instant search can hand a query over.
 */
export default function FullTextSearch() {
	const [query, setQuery] = useState('');
	const [field, setField] = useState('');
	const [fields, setFields] = useState<[string, number][]>([]);
	const [results, setResults] = useState<PagefindResult[] | null>(null);
	const [status, setStatus] = useState('');

	useEffect(() => {
		const initial = new URLSearchParams(window.location.search).get('q') ?? '';
		setQuery(initial);
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
				setStatus(
					hits.length === 0
						? 'Không tìm thấy trong toàn văn.'
						: `${hits.length} thủ tục có nội dung phù hợp${hits.length > shown ? `, hiện ${shown} thủ tục đầu` : ''}.`
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

	return (
		<form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
			<label htmlFor="tim-toan-van" className="search-label">
				Tìm trong toàn văn thủ tục
			</label>
			<p id="goi-y-toan-van" className="search-hint">
				Tìm cả trong giấy tờ, các bước, điều kiện, ví dụ “giấy khai sinh”, “bản sao có chứng thực”.
			</p>
			<input
				id="tim-toan-van"
				name="q"
				type="search"
				autoComplete="off"
				aria-describedby="goi-y-toan-van"
				value={query}
				onChange={(event) => setQuery(event.target.value)}
			/>
			<div className="filter">
				<label htmlFor="toan-van-linh-vuc">Lĩnh vực</label>
				<select
					id="toan-van-linh-vuc"
					value={field}
					onChange={(event) => setField(event.target.value)}
				>
					<option value="">Tất cả lĩnh vực</option>
					{fields.map(([name, count]) => (
						<option key={name} value={name}>{`${name} (${count})`}</option>
					))}
				</select>
			</div>
			<p role="status" className="search-status">
				{status}
			</p>
			{results && results.length > 0 && (
				<ol className="results" data-fulltext-results="">
					{results.map((result) => (
						<li key={result.url}>
							<a href={result.url}>{result.meta.title ?? result.url}</a>
							{/* Pagefind escapes page text in excerpts and adds only <mark>. */}
							<span
								className="result-meta excerpt"
								dangerouslySetInnerHTML={{ __html: result.excerpt }}
							/>
						</li>
					))}
				</ol>
			)}
		</form>
	);
}
