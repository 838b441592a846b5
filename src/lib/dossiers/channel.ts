import { channelLabels } from '../../schemas/channel';
import { memoByText } from '../text/memo-by-text';
import { foldVi } from '../text/fold';

/**
 * Channels a dossier can come in through. A dossier always has one of these, even when the
 * catalogue does not yet know the channels of its procedure.
 */
export const dossierChannels = ['in-person', 'online', 'postal'] as const;

export type DossierChannel = (typeof dossierChannels)[number];

/** Vietnamese label of each dossier channel, as the catalogue writes it. */
export const dossierChannelLabels: Record<DossierChannel, string> = {
	'in-person': channelLabels['in-person'],
	online: channelLabels.online,
	postal: channelLabels.postal,
};

/**
 * Every accepted spelling of a channel, folded: the schema’s own values, English words, and the
 * Vietnamese labels one-stop systems export (“Trực tuyến”, “Dịch vụ bưu chính”, “Bưu chính”, …).
 */
const spellings: Record<string, DossierChannel> = {
	...Object.fromEntries(dossierChannels.map((kind) => [kind, kind])),
	...Object.fromEntries(dossierChannels.map((kind) => [foldVi(dossierChannelLabels[kind]), kind])),
	'in person': 'in-person',
	inperson: 'in-person',
	direct: 'in-person',
	'truc tiep tai bo phan mot cua': 'in-person',
	'nop truc tiep': 'in-person',
	'dich vu cong truc tuyen': 'online',
	'nop truc tuyen': 'online',
	post: 'postal',
	'buu chinh': 'postal',
	'qua buu chinh': 'postal',
	'buu chinh cong ich': 'postal',
	'dich vu buu chinh cong ich': 'postal',
};

/** Reads a channel in any accepted spelling, ignoring case and diacritics; `null` when unknown. */
export const parseChannel: (text: string) => DossierChannel | null = memoByText(
	(text) => spellings[foldVi(text)] ?? null,
	1000
);
