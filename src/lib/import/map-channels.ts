import type { ChannelKind } from '../../schemas/channel';
import type { Flag } from '../../schemas/flag';
import { tidyText } from './clean-text';
import { draft, placeFlags } from './flags';
import { parseFee, type FeeValue } from './parse-fee';
import { parseTimeLimit, type TimeLimitValue } from './parse-time-limit';
import type { ChannelName, ChannelRow } from './split-channels';

/** A channel as the schema takes it. */
export interface ChannelValue {
	kind: ChannelKind;
	timeLimit: TimeLimitValue;
	fees: FeeValue[];
	description?: string;
}

/** Channel kinds by the names the sources write. */
export const channelKindsByName: Record<ChannelName, ChannelKind> = {
	'Trực tiếp': 'in-person',
	'Trực tuyến': 'online',
	'Dịch vụ bưu chính': 'postal',
};

/** Interprets the rows of the channels table: time limit, fees and description of each channel. */
export function mapChannelRows(rows: ChannelRow[]): { channels: ChannelValue[]; flags: Flag[] } {
	const flags: Flag[] = [];
	const channels = rows.map((row, index) => {
		const path = `channels[${index}]`;
		const time = parseTimeLimit(row.time);
		const fee = parseFee({ fee: row.fee, note: row.feeNote, description: row.description });
		let { fees } = fee;
		let feeFlags = fee.flags;
		let timeFlags = time.flags;
		if (row.glued !== undefined) {
			// The time cell ran into the amount and could not be split: neither number is trusted.
			fees = fees.map(withoutAmount);
			feeFlags = feeFlags.filter(
				(flag) => flag.code !== 'fee-lost-thousands' && flag.code !== 'fee-placeholder'
			);
			timeFlags = [
				draft(
					'parse-uncertain',
					`Thời hạn và mức phí dính liền nhau trong CSDL quốc gia (“${row.fee}”), không tách được — đang được xác minh.`,
					row.fee
				),
			];
		}
		flags.push(...placeFlags(timeFlags, `${path}.timeLimit`));
		flags.push(...placeFlags(feeFlags, fees.length > 0 ? `${path}.fees[0]` : `${path}.fees`));
		const channel: ChannelValue = {
			kind: channelKindsByName[row.channel],
			timeLimit: time.timeLimit,
			fees,
		};
		const description = tidyText(row.description);
		if (description) channel.description = description;
		return channel;
	});
	return { channels, flags };
}

/** A copy of a fee without its amount. */
function withoutAmount(fee: FeeValue): FeeValue {
	const copy = { ...fee };
	delete copy.amount;
	return copy;
}
