import type { ProvincialPortal } from '../../config/citizen';
import type { Procedure } from '../../schemas/procedure';
import { nationalHost } from './national-portal';
import { canFileOnline } from './online';

/** The start button of a procedure page: where it goes, and whether it starts an online filing. */
export interface StartLink {
	/** `online`: “Nộp hồ sơ trực tuyến”; `view`: the procedure on the portal, to read or call. */
	kind: 'online' | 'view';
	href: string;
	/** The portal’s name, for the button and the sentence under it. */
	portal: string;
}

/**
 * The procedure’s own page on the national portal: the record’s detail address (`detail_url`,
 * kept as the provenance address), only when it is on dichvucong.gov.vn. Records copied from
 * another province’s portal have no national page, and are never sent there.
 */
export function nationalPage(data: Pick<Procedure, 'provenance'>): string | null {
	const url = data.provenance.url;
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' && parsed.hostname === nationalHost ? parsed.href : null;
	} catch {
		return null;
	}
}

/**
 * Where the start button goes: the province’s portal when its address pattern is set and the
 * procedure has a national code, otherwise the procedure’s page on the national portal. `null`
 * when there is nowhere to send the citizen, or when the Department no longer handles it.
 */
export function startLink(
	data: Pick<Procedure, 'code' | 'online' | 'channels' | 'provenance' | 'status'>,
	portal: ProvincialPortal | null
): StartLink | null {
	if (data.status.state !== 'active') return null;
	const kind = canFileOnline(data) ? 'online' : 'view';
	if (portal && data.code)
		return {
			kind,
			href: portal.procedureUrl.replaceAll('{code}', encodeURIComponent(data.code)),
			portal: portal.name,
		};
	const href = nationalPage(data);
	return href ? { kind, href, portal: 'Cổng Dịch vụ công quốc gia' } : null;
}
