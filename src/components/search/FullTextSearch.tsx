import { useState } from 'react';
import MoreButton from './MoreButton';
import { fullTextPage, useFullText } from './use-full-text';
import { useQueryInUrl } from './use-query-in-url';

/**
 * Full-text search over the procedure pages (requirements, documents, steps) with Pagefind,
 * filtered by field, ten results at a time. The query lives in `?q=`, so the instant search can
 * hand a query over and a search can be shared.
 */
export default function FullTextSearch() {
	const [query, setQuery] = useState('');
	const [field, setField] = useState('');
	const { fields, results, status, remaining, more } = useFullText(query, field);
	useQueryInUrl(query, setQuery);

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
			{results && (
				<MoreButton remaining={remaining} page={fullTextPage} noun="kết quả" onMore={more} />
			)}
		</form>
	);
}
