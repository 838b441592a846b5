import type { ChannelKind } from '../../schemas/channel';
import { oneLine } from './clean-text';
import { channelKindsByName } from './map-channels';
import type { ChannelName } from './split-channels';

/**
 * Channels a legacy note lists, as in “Hình thức nộp (Vĩnh Phúc): Trực tiếp, Trực tuyến, Dịch vụ
 * bưu chính.”; `undefined` when the note does not list them.
 */
export function noteChannels(note: string): ChannelKind[] | undefined {
	const list = /Hình thức nộp(?:\s*\([^)]*\))?\s*:\s*([^.;]+)/i.exec(oneLine(note))?.[1];
	if (!list) return undefined;
	const kinds: ChannelKind[] = [];
	for (const name of list.split(',')) {
		const key = name.trim();
		// `hasOwn`: a word such as “constructor” must not find the object’s inherited members.
		const kind = Object.hasOwn(channelKindsByName, key)
			? channelKindsByName[key as ChannelName]
			: undefined;
		if (kind && !kinds.includes(kind)) kinds.push(kind);
	}
	return kinds.length > 0 ? kinds : undefined;
}

/** Results a legacy note names, as in “kết quả: Quyết định cấp Thẻ đấu giá viên.” */
export function noteResults(note: string): string[] {
	const result = /kết quả\s*:\s*([^.;]+)/i.exec(oneLine(note))?.[1]?.trim();
	return result ? [result] : [];
}
