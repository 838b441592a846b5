import { procedureUrl } from '../../lib/procedure/entry';
import { nationalPortalUrl } from '../../lib/procedure/national-portal';
import type { SearchRecord } from '../../lib/search/records';
import { pageSize, type Findings } from '../../lib/search/results';
import MoreButton from './MoreButton';
import { useDebounced } from './use-debounced';

interface Props {
	findings: Findings;
	/** The query, for the link to full-text search. */
	query: string;
	/** The query the list reflects (it lags while typing), exposed as `data-query` for tests. */
	resultsFor: string;
	/** Whether the index is still loading (or failed). */
	state: 'ready' | 'loading' | 'failed';
	/** Whether the catalogue has commune-level procedures. */
	hasCommune: boolean;
	/** Shows the next page of results. */
	onMore: () => void;
}

/** The status line for the live region. */
function statusOf(findings: Findings, state: Props['state']): string {
	if (state === 'failed')
		return 'Không tải được dữ liệu tìm kiếm. Hãy thử lại, hoặc xem danh sách bên dưới.';
	if (!findings.active) return '';
	if (state === 'loading') return 'Đang tải dữ liệu tìm kiếm…';
	if (findings.total === 0) return 'Không tìm thấy thủ tục phù hợp.';
	const more =
		findings.total > findings.shown.length ? `, hiện ${findings.shown.length} thủ tục đầu` : '';
	return `${findings.total} thủ tục phù hợp${more}.`;
}

/** Result links, one per procedure. */
function ResultList({ records }: { records: SearchRecord[] }) {
	return (
		<ol className="results">
			{records.map((record) => (
				<li key={record.id}>
					<a href={procedureUrl(record.id)}>{record.name}</a>
					<span className="result-meta">
						{[record.code, record.field, record.facts].filter(Boolean).join(' · ')}
					</span>
					{record.status && <span className="result-status">{record.status}</span>}
				</li>
			))}
		</ol>
	);
}

/**
 * Status line, ranked result links (`data-search-results`), “Xem thêm” beyond the first page;
 * when nothing matched, apart from the results: the nearest procedures and a word on
 * commune-level procedures, which citizens often look for here.
 */
export default function SearchResults(props: Props) {
	const { findings, query, resultsFor, state, hasCommune, onMore } = props;
	const announced = useDebounced(statusOf(findings, state), 400);
	const fullText = `/tim-kiem/${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;
	const empty = findings.active && state === 'ready' && findings.total === 0;
	const remaining = findings.active ? findings.total - findings.shown.length : 0;
	return (
		<>
			<div
				className="search-results"
				data-search-results=""
				data-query={resultsFor}
				aria-busy={state === 'loading' && findings.active}
			>
				<p role="status" className="search-status">
					{announced}
				</p>
				{findings.active && findings.shown.length > 0 && <ResultList records={findings.shown} />}
				<MoreButton remaining={remaining} page={pageSize} noun="thủ tục" onMore={onMore} />
			</div>
			{empty && findings.nearest.length > 0 && (
				<div className="nearest">
					<p>Có thể bạn tìm:</p>
					<ResultList records={findings.nearest} />
				</div>
			)}
			{empty && (
				<p className="commune-note">
					Thủ tục hộ tịch, chứng thực hằng ngày (khai sinh, kết hôn, khai tử, chứng thực bản sao,
					chữ ký) do Ủy ban nhân dân xã, phường nơi cư trú giải quyết.{' '}
					{hasCommune ? (
						'Hãy chọn “Cấp xã” trong bộ lọc để xem các thủ tục này.'
					) : (
						<>
							Trang này chưa có các thủ tục cấp xã; hãy tra cứu trên{' '}
							<a href={nationalPortalUrl}>Cổng Dịch vụ công quốc gia</a>.
						</>
					)}
				</p>
			)}
			<p className="full-text-link">
				<a href={fullText}>
					{query.trim()
						? `Tìm “${query.trim()}” trong toàn văn thủ tục`
						: 'Tìm trong toàn văn thủ tục'}
				</a>
			</p>
		</>
	);
}
