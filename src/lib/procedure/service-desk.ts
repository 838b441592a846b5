import type { CitizenSettings, ServiceDesk } from '../../config/citizen';
import type { Procedure } from '../../schemas/procedure';
import { foldVi } from '../text/fold';
import { isCommuneLevel } from './level';
import { otherProvinces, withoutProvinces } from './provinces';

/** Where a citizen hands in the dossier in person, and what the page can say about it. */
export interface DeskInfo {
	/**
	 * `provincial`: the province’s one-stop desk (Trung tâm Phục vụ hành chính công);
	 * `commune`: the People’s Committee of the commune or ward where the citizen lives;
	 * `agency`: another body named by the record (a legal-aid centre, a land registration office).
	 */
	kind: 'provincial' | 'commune' | 'agency';
	/** Name to show; for `commune`, the kind of place, as the address depends on the citizen. */
	name: string;
	/** Details from the settings (provincial desk only); unset ones are `null` and not shown. */
	details: Omit<ServiceDesk, 'name'> | null;
	/** Whether the commune can also do it (the record lists both levels). */
	alsoCommune: boolean;
	/** Where the record says dossiers are received, when it names no other province. */
	recordAddress: string | null;
	/** A page listing the communes’ People’s Committees, from the settings. */
	communeDirectoryUrl: string | null;
}

/** Agencies whose dossiers the provincial one-stop desk receives: the Department and the province. */
const provincialAgencies =
	/so tu phap|uy ban nhan dan (cap )?tinh|chu tich uy ban|khong co thong tin/;

/** The agency text with other provinces’ names left out, and which ones were. */
export function localAgency(
	text: string,
	own: string | null
): { text: string; others: string[]; asWritten: string } {
	const others = otherProvinces(text, own);
	return {
		text: others.length > 0 ? withoutProvinces(text, others) : text,
		others,
		asWritten: text,
	};
}

/**
 * Where to go in person. Commune-level procedures: the commune People’s Committee. The
 * Department’s and the province’s procedures: the one-stop desk, with the details the settings
 * give. Procedures another body handles (legal aid, land registration): that body, as named.
 */
export function serviceDesk(
	data: Pick<Procedure, 'level' | 'agencies'>,
	settings: Pick<CitizenSettings, 'provincialDesk' | 'communeDirectoryUrl'>,
	province: string | null
): DeskInfo {
	const address = data.agencies.address;
	const recordAddress = address && otherProvinces(address, province).length === 0 ? address : null;
	const base = { recordAddress, communeDirectoryUrl: settings.communeDirectoryUrl };
	if (isCommuneLevel(data))
		return {
			...base,
			kind: 'commune',
			name: 'Ủy ban nhân dân xã, phường nơi cư trú',
			details: null,
			alsoCommune: false,
		};
	const agency = localAgency(data.agencies.implementing, province);
	if (!provincialAgencies.test(foldVi(agency.text)))
		return { ...base, kind: 'agency', name: agency.text, details: null, alsoCommune: false };
	const { name, ...details } = settings.provincialDesk;
	return {
		...base,
		kind: 'provincial',
		// Without a name in the settings, the kind of desk: naming the province would need to know
		// whether it is a “tỉnh” or a “thành phố”.
		name: name ?? 'Trung tâm Phục vụ hành chính công cấp tỉnh',
		details,
		alsoCommune: data.level.includes('commune'),
	};
}

/** Whether the page should say where to go in person: some channel is not online-only. */
export function handsInPerson(data: Pick<Procedure, 'channels'>): boolean {
	return data.channels.length === 0 || data.channels.some((channel) => channel.kind !== 'online');
}
