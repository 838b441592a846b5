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
