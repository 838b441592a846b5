import { procedureUrl } from '../../lib/procedure/entry';
import type { Findings } from '../../lib/search/results';
import { useDebounced } from './use-debounced';

interface Props {
	findings: Findings;
	/** The query, for the link to full-text search. */
	query: string;
	/** The query the list reflects (it lags while typing), exposed as `data-query` for tests. */
	resultsFor: string;
	/** Whether the index is still loading (or failed). */
	state: 'ready' | 'loading' | 'failed';
}

/** Status line, ranked result links (`data-search-results`) and the way on to full-text search. */
export default function SearchResults({ findings, query, resultsFor, state }: Props) {
	const status =
		state === 'failed'
			? 'Không tải được dữ liệu tìm kiếm. Hãy thử lại, hoặc xem danh sách bên dưới.'
			: state === 'loading' && findings.active
				? 'Đang tải dữ liệu tìm kiếm…'
				: !findings.active
					? ''
					: findings.total === 0
						? 'Không tìm thấy thủ tục phù hợp.'
						: `${findings.total} thủ tục phù hợp${findings.total > findings.shown.length ? `, hiện ${findings.shown.length} thủ tục đầu` : ''}.`;
	const announced = useDebounced(status, 400);
	const fullText = `/tim-kiem/${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;
	return (
		<div
			className="search-results"
			data-search-results=""
			data-query={resultsFor}
			aria-busy={state === 'loading' && findings.active}
		>
			<p role="status" className="search-status">
				{announced}
			</p>
			{findings.active && findings.shown.length > 0 && (
				<ol className="results">
					{findings.shown.map((record) => (
						<li key={record.id}>
							<a href={procedureUrl(record.id)}>{record.name}</a>
							<span className="result-meta">
								{[record.code, record.field, record.facts].filter(Boolean).join(' · ')}
							</span>
							{record.status && <span className="result-status">{record.status}</span>}
						</li>
					))}
				</ol>
			)}
			<p className="full-text-link">
				<a href={fullText}>
					{query.trim()
						? `Tìm “${query.trim()}” trong toàn văn thủ tục`
						: 'Tìm trong toàn văn thủ tục'}
				</a>
			</p>
		</div>
	);
}
