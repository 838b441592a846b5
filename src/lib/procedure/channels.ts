import { channelKinds, channelLabels, type Channel, type ChannelKind } from '../../schemas/channel';

/** Channels that share the same time limit and fees, shown as one row. */
export interface ChannelGroup {
	/** The ways of submitting in this group, in the order in-person, online, postal. */
	kinds: ChannelKind[];
	/** Indexes of the channels in the procedure, for finding their flags. */
	indexes: number[];
	/** The channel whose values the group shows (all are equal). */
	channel: Channel;
}

/**
 * Groups channels with equal time limit and fees: most procedures list the same values three
 * times (in person, online, by post), and citizens read one row faster than three.
 */
export function groupChannels(channels: readonly Channel[]): ChannelGroup[] {
	const groups = new Map<string, ChannelGroup>();
	channels.forEach((channel, index) => {
		const key = JSON.stringify([channel.timeLimit, channel.fees, channel.description ?? '']);
		const group = groups.get(key);
		if (group) {
			group.kinds.push(channel.kind);
			group.indexes.push(index);
		} else {
			groups.set(key, { kinds: [channel.kind], indexes: [index], channel });
		}
	});
	const order = (kind: ChannelKind) => channelKinds.indexOf(kind);
	return [...groups.values()].map((group) => ({
		...group,
		kinds: [...group.kinds].sort((a, b) => order(a) - order(b)),
	}));
}

/** Names the channels of a group, e.g. “Trực tiếp, Trực tuyến”. */
export function channelNames(kinds: readonly ChannelKind[]): string {
	return kinds.map((kind) => channelLabels[kind]).join(', ');
}

/** Whether the dossier can be filed online through some channel. */
export function hasOnlineChannel(channels: readonly Channel[]): boolean {
	return channels.some((channel) => channel.kind === 'online');
}
