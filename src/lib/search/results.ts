import { hasFilters, matchesFilters, type Filters } from '../procedure/filters';
import { viCollator } from '../procedure/sort';
import type { Search } from './engine';
import type { SearchRecord } from './records';

/**
 * What the home page shows: nothing to do, or a ranked list and how many matched in all; when a
 * query matched nothing, the nearest procedures to suggest instead.
 */
export type Findings =
	| { active: false }
	| { active: true; shown: SearchRecord[]; total: number; nearest: SearchRecord[] };

/**
 * How many results the list shows at first, and adds with each “Xem thêm”: twenty, as GOV.UK’s
 * search shows, several screens on a phone. Every key press renders the list again, and on a
 * slow phone rendering fifty took a tenth longer to show the results (BENCHMARKS.md).
 */
export const pageSize = 20;

/**
 * Applies the query and the filters together. With a query, results keep the search ranking;
 * with filters only, they come in Vietnamese alphabetical order.
 */
export function findProcedures(
	records: readonly SearchRecord[],
	search: Search,
	query: string,
	filters: Filters,
	limit = pageSize
): Findings {
	const typed = query.trim() !== '';
	if (!typed && !hasFilters(filters)) return { active: false };
	const candidates = typed
		? search(query, records.length).map((hit) => hit.record)
		: [...records].sort((a, b) => viCollator.compare(a.name, b.name));
	const matching = candidates.filter((record) => matchesFilters(record.facets, filters));
	const nearest =
		typed && matching.length === 0 ? search.nearest(query, 5).map((hit) => hit.record) : [];
	return { active: true, shown: matching.slice(0, limit), total: matching.length, nearest };
}
