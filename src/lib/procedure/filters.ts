import type { ApplicantGroup } from './applicants';
import type { Facets } from './facets';

// Runs in the search island: keep it free of schema (zod) imports, which would ship to the browser.

/** Choices of the “online” filter. */
export const onlineChoices = {
	online: 'Nộp hồ sơ trực tuyến được',
	full: 'Trực tuyến toàn trình',
	offline: 'Không nộp trực tuyến',
} as const;

/** Choices of the “where” filter: the province’s one-stop centre or the commune. */
export const levelChoices = {
	province: 'Cấp tỉnh (Trung tâm Phục vụ hành chính công)',
	commune: 'Cấp xã (Ủy ban nhân dân xã, phường)',
} as const;

/** Choices of the “how long” filter: at most this many days. */
export const dayChoices = [1, 5, 10, 15, 30] as const;

/** Filter settings; an empty value means “any”. */
export interface Filters {
	field?: string;
	online?: keyof typeof onlineChoices;
	fee?: 'free' | 'paid';
	maxDays?: number;
	who?: ApplicantGroup;
	level?: keyof typeof levelChoices;
}

/** Whether any filter is set. */
export function hasFilters(filters: Filters): boolean {
	return Object.values(filters).some((value) => value !== undefined && value !== '');
}

/** Whether a procedure passes every filter that is set. */
export function matchesFilters(facets: Facets, filters: Filters): boolean {
	if (filters.field && facets.field !== filters.field) return false;
	if (filters.online === 'full' && facets.online !== 'full') return false;
	if (filters.online === 'online' && !isOnline(facets)) return false;
	if (filters.online === 'offline' && isOnline(facets)) return false;
	if (filters.fee && facets.fee !== filters.fee) return false;
	if (filters.maxDays !== undefined && (facets.days === null || facets.days > filters.maxDays))
		return false;
	if (filters.who && !facets.who.includes(filters.who)) return false;
	if (filters.level && !facets.levels.includes(filters.level)) return false;
	return true;
}

function isOnline(facets: Facets): boolean {
	return facets.online === 'full' || facets.online === 'partial' || facets.onlineChannel;
}
