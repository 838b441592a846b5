import { useEffect, useState } from 'react';
import { loadPagefind, type PagefindResult } from './pagefind';

/** How many results to show; each one loads a fragment file. */
const shown = 10;

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
		loadPagefind()
			.then((api) => api.debouncedSearch(query, field ? { filters: { field } } : {}, 250))
			.then(async (search) => {
				if (!search || !current) return;
				const data = await Promise.all(
					search.results.slice(0, shown).map((result) => result.data())
				);
				if (!current) return;
				setResults(data);
				const total = search.results.length;
				setStatus(
					total === 0
						? 'Không tìm thấy trong toàn văn.'
						: `${total} thủ tục có nội dung phù hợp${total > shown ? `, hiện ${shown} thủ tục đầu` : ''}.`
				);
			})
			.catch(() => setStatus('Không tìm được; hãy thử lại.'));
		return () => {
			current = false;
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
