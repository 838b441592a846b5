import { channelKinds, channelLabels, type ChannelKind } from '../../schemas/channel';
import { foldVi } from '../text/fold';

/**
 * Every accepted spelling of a channel, folded: the schema’s own values, English words, and the
 * Vietnamese labels one-stop systems export (“Trực tuyến”, “Dịch vụ bưu chính”, “Bưu chính”, …).
 */
const spellings: Record<string, ChannelKind> = {
	...Object.fromEntries(channelKinds.map((kind) => [kind, kind])),
	...Object.fromEntries(channelKinds.map((kind) => [foldVi(channelLabels[kind]), kind])),
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
export function parseChannel(text: string): ChannelKind | null {
	return spellings[foldVi(text)] ?? null;
}
