import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { procedureUrl } from '../../lib/procedure/entry';
import { hasFilters, type Filters } from '../../lib/procedure/filters';
import type { FieldSummary } from '../../lib/procedure/sort';
import { createSearch } from '../../lib/search/engine';
import { findProcedures, pageSize, type Findings } from '../../lib/search/results';
import SearchFilters from './SearchFilters';
import SearchResults from './SearchResults';
import { useQueryInUrl } from './use-query-in-url';
import { useSearchIndex } from './use-search-index';

interface Props {
	/** Fields with their procedure counts, for the field filter. */
	fields: FieldSummary[];
	/** Id of the server-rendered browse section, hidden while results are shown in its place. */
	listId: string;
	/** Whether the catalogue has commune-level procedures (then the level filter is offered). */
	hasCommune: boolean;
}

/**
 * Instant search with filters. The page works without it (the field pages list everything);
 * the index is fetched when the form is first focused, or at once when the address has `?q=`.
 * The query lives in the address, so a search can be shared and comes back with Back.
 */
export default function SearchApp({ fields, listId, hasCommune }: Props) {
	const [query, setQuery] = useState('');
	const [filters, setFilters] = useState<Filters>({});
	const [limit, setLimit] = useState(pageSize);
	const { records, failed, load } = useSearchIndex();
	const search = useMemo(() => (records ? createSearch(records) : null), [records]);
	const deferredQuery = useDeferredValue(query);
	const findings: Findings = useMemo(() => {
		if (records && search) return findProcedures(records, search, deferredQuery, filters, limit);
		// Still loading: the status line says so; nothing matches yet.
		const active = deferredQuery.trim() !== '' || hasFilters(filters);
		return active ? { active, shown: [], total: 0, nearest: [] } : { active };
	}, [records, search, deferredQuery, filters, limit]);

	useQueryInUrl(deferredQuery, (initial) => {
		load();
		setQuery(initial);
	});

	useEffect(() => {
		const list = document.getElementById(listId);
		if (list) list.hidden = findings.active;
	}, [findings.active, listId]);

	return (
		<form
			role="search"
			className="search"
			onFocus={load}
			onSubmit={(event) => {
				// Enter opens the first result, as on the national portal’s search.
				event.preventDefault();
				const first = findings.active ? findings.shown[0] : undefined;
				if (first) window.location.assign(procedureUrl(first.id));
			}}
			action="/tim-kiem/"
		>
			<label htmlFor="tim-thu-tuc" className="search-label">
				Tìm thủ tục
			</label>
			<p id="goi-y-tim" className="search-hint">
				Gõ tên, mã thủ tục hoặc từ quen dùng, có dấu hay không dấu đều được, ví dụ “ly lich tu
				phap”, “mở văn phòng công chứng”, “2.002039”. Nhấn Enter để mở kết quả đầu tiên.
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
					setLimit(pageSize);
					setQuery(event.target.value);
				}}
			/>
			<details className="filters-box">
				<summary>Lọc theo lĩnh vực, phí, thời hạn…</summary>
				<SearchFilters
					fields={fields}
					filters={filters}
					hasCommune={hasCommune}
					onChange={(next) => {
						load();
						setLimit(pageSize);
						setFilters(next);
					}}
				/>
			</details>
			<SearchResults
				findings={findings}
				query={query}
				resultsFor={deferredQuery}
				state={failed ? 'failed' : records ? 'ready' : 'loading'}
				hasCommune={hasCommune}
				onMore={() => setLimit((shown) => shown + pageSize)}
			/>
		</form>
	);
}
