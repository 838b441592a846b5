import type { OnlineLevel, Procedure } from '../../schemas/procedure';
import { slugify } from '../text/fold';
import { applicantGroupsOf, type ApplicantGroup } from './applicants';
import { hasOnlineChannel } from './channels';
import { feeStatus, type FeeStatus } from './fees';
import { shortestDays } from './time-limit';

/** What the home-page filters look at, computed once at build time. */
export interface Facets {
	/** Slug of the field, e.g. `cong-chung`. */
	field: string;
	/** Published online level. */
	online: OnlineLevel;
	/** Whether one of the channels is online (the national database lists it per channel). */
	onlineChannel: boolean;
	fee: FeeStatus;
	/** Shortest time limit in days, `null` when unknown. */
	days: number | null;
	who: ApplicantGroup[];
	/** Whether the Department still handles it. */
	active: boolean;
}

/** The facets of one procedure. */
export function facetsOf(data: Procedure): Facets {
	return {
		field: slugify(data.field),
		online: data.online.level,
		onlineChannel: hasOnlineChannel(data.channels),
		fee: feeStatus(data.channels, data.flags),
		days: shortestDays(data.channels),
		who: applicantGroupsOf(data.applicants),
		active: data.status.state === 'active',
	};
}

/** Choices of the “online” filter. */
export const onlineChoices = {
	online: 'Nộp hồ sơ trực tuyến được',
	full: 'Trực tuyến toàn trình',
	offline: 'Không nộp trực tuyến',
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
	return true;
}

function isOnline(facets: Facets): boolean {
	return facets.online === 'full' || facets.online === 'partial' || facets.onlineChannel;
}
