import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { hasFilters, type Filters } from '../../lib/procedure/filters';
import type { FieldSummary } from '../../lib/procedure/sort';
import { createSearch } from '../../lib/search/engine';
import { findProcedures, type Findings } from '../../lib/search/results';
import SearchFilters from './SearchFilters';
import SearchResults from './SearchResults';
import { useSearchIndex } from './use-search-index';

interface Props {
	/** Fields with their procedure counts, for the field filter. */
	fields: FieldSummary[];
	/** Id of the server-rendered full list, hidden while results are shown in its place. */
	listId: string;
}

/**
 * Instant search with filters. The page works without it (the full list is server-rendered);
 * the index is fetched when the form is first focused, not with the page.
 */
export default function SearchApp({ fields, listId }: Props) {
	const [query, setQuery] = useState('');
	const [filters, setFilters] = useState<Filters>({});
	const { records, failed, load } = useSearchIndex();
	const search = useMemo(() => (records ? createSearch(records) : null), [records]);
	const deferredQuery = useDeferredValue(query);
	const findings: Findings = useMemo(() => {
		if (records && search) return findProcedures(records, search, deferredQuery, filters);
		// Still loading: the status line says so; nothing matches yet.
		const active = deferredQuery.trim() !== '' || hasFilters(filters);
		return active ? { active, shown: [], total: 0 } : { active };
	}, [records, search, deferredQuery, filters]);

	useEffect(() => {
		const list = document.getElementById(listId);
		if (list) list.hidden = findings.active;
	}, [findings.active, listId]);

	return (
		<form
			role="search"
			className="search"
			onFocus={load}
			onSubmit={(event) => event.preventDefault()}
			action="/tim-kiem/"
		>
			<label htmlFor="tim-thu-tuc" className="search-label">
				Tìm thủ tục
			</label>
			<p id="goi-y-tim" className="search-hint">
				Gõ tên, mã thủ tục hoặc từ quen dùng, có dấu hay không dấu đều được, ví dụ “ly lich tu
				phap”, “mở văn phòng công chứng”, “2.002039”.
			</p>
			<input
				id="tim-thu-tuc"
				name="q"
				type="search"
				autoComplete="off"
				aria-describedby="goi-y-tim"
				value={query}
				onChange={(event) => {
					load();
					setQuery(event.target.value);
				}}
			/>
			<details className="filters-box">
				<summary>Lọc theo lĩnh vực, phí, thời hạn…</summary>
				<SearchFilters
					fields={fields}
					filters={filters}
					onChange={(next) => {
						load();
						setFilters(next);
					}}
				/>
			</details>
			<SearchResults
				findings={findings}
				query={query}
				resultsFor={deferredQuery}
				state={failed ? 'failed' : records ? 'ready' : 'loading'}
			/>
		</form>
	);
}
