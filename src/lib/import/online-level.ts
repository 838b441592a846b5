import type { OnlineLevel } from '../../schemas/procedure';
import { oneLine } from './clean-text';

/** Online availability as the schema takes it. */
export interface OnlineValue {
	level: OnlineLevel;
	source?: string;
}

/** Where the national database says a procedure is fully online (“… trực tuyến toàn trình”). */
const fullyOnline = /dịch vụ công trực tuyến toàn trình/i;

/**
 * Online level of a national record. The record does not state toàn trình / một phần, so an online
 * channel gives `unknown`, unless the channel text itself says “dịch vụ công trực tuyến toàn trình”.
 */
export function nationalOnlineLevel(channelKinds: string[], channelText: string): OnlineValue {
	if (channelKinds.length === 0) return { level: 'unknown' };
	if (!channelKinds.includes('online')) return { level: 'none' };
	if (fullyOnline.test(channelText)) {
		return { level: 'full', source: 'CSDL quốc gia về TTHC (mô tả cách thức thực hiện)' };
	}
	return { level: 'unknown' };
}

/** Levels by how a provincial portal labels them; the old levels 4 and 3 (NĐ 43/2011) map as NĐ 42/2022 did. */
const portalLabels: [RegExp, OnlineLevel][] = [
	[/^toàn trình/i, 'full'],
	[/^một phần/i, 'partial'],
	[/^mức độ 4/i, 'full'],
	[/^mức độ 3/i, 'partial'],
	[/^mức độ [12]\b/i, 'none'],
];

/**
 * Online level of a legacy row from its `online_level` column (“Toàn trình (Thái Bình)”, “Mức độ 3
 * (TT-Huế 2020-2022)”), kept as the source; without one, from the channels its note lists.
 */
export function legacyOnlineLevel(label: string, channelKinds: string[] | undefined): OnlineValue {
	const written = oneLine(label);
	const match = portalLabels.find(([pattern]) => pattern.test(written));
	if (match) return { level: match[1], source: written };
	if (channelKinds && !channelKinds.includes('online')) return { level: 'none' };
	return { level: 'unknown' };
}
