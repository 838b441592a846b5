import type { Level, OnlineLevel, Procedure } from '../../schemas/procedure';
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
	/** Levels of government that carry it out, e.g. `['province']`, `['commune']`. */
	levels: Level[];
	/** Whether the Department still handles it. */
	active: boolean;
}

/**
 * The facets of one procedure. A procedure the Department no longer handles keeps no fee, time
 * limit or online facet: its old values no longer apply, so no filter may pick it by them.
 */
export function facetsOf(data: Procedure): Facets {
	const active = data.status.state === 'active';
	return {
		field: slugify(data.field),
		online: active ? data.online.level : 'unknown',
		onlineChannel: active && hasOnlineChannel(data.channels),
		fee: active ? feeStatus(data.channels, data.flags) : 'unknown',
		days: active ? shortestDays(data.channels) : null,
		who: applicantGroupsOf(data.applicants),
		levels: data.level,
		active,
	};
}
