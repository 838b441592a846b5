import { hasFilters, matchesFilters, type Filters } from '../procedure/filters';
import { viCollator } from '../procedure/sort';
import type { SearchHit } from './engine';
import type { SearchRecord } from './records';

/** What the home page shows: nothing to do, or a ranked list and how many matched in all. */
export type Findings = { active: false } | { active: true; shown: SearchRecord[]; total: number };

/**
 * Applies the query and the filters together. With a query, results keep the search ranking;
 * with filters only, they come in Vietnamese alphabetical order.
 */
export function findProcedures(
	records: readonly SearchRecord[],
	search: (query: string, limit: number) => SearchHit[],
	query: string,
	filters: Filters,
	limit = 50
): Findings {
	const typed = query.trim() !== '';
	if (!typed && !hasFilters(filters)) return { active: false };
	const candidates = typed
		? search(query, records.length).map((hit) => hit.record)
		: [...records].sort((a, b) => viCollator.compare(a.name, b.name));
	const matching = candidates.filter((record) => matchesFilters(record.facets, filters));
	return { active: true, shown: matching.slice(0, limit), total: matching.length };
}
