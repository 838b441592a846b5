import type { Flag } from '../../schemas/flag';
import { formatDong } from '../format/vi';
import { wideFeeGap } from '../procedure/fee-lines';
import type { ChannelValue } from './map-channels';

/** Amount doubts that explain a gap by themselves: a `1 VNĐ` placeholder, lost thousands. */
const amountDoubts = new Set<string>(['fee-placeholder', 'fee-lost-thousands']);

/**
 * Flags the channel whose amount is far above another channel’s (at least three times, e.g.
 * 9.000.000 đ in person but 50.000.000 đ by post): such a gap usually means the larger amount is
 * another cost, not the procedure’s fee. The amounts are kept as written; the flag shows beside
 * the larger one. Channels whose amount `flags` already doubt (a placeholder, lost thousands) are
 * left out of the comparison: their flag already explains the gap.
 */
export function feeGapFlags(channels: readonly ChannelValue[], flags: readonly Flag[]): Flag[] {
	const doubted = (index: number) =>
		flags.some(
			(flag) => amountDoubts.has(flag.code) && flag.path.startsWith(`channels[${index}].fees`)
		);
	const gap = wideFeeGap(
		channels.map((channel, index) => (doubted(index) ? { fees: [] } : channel))
	);
	if (!gap) return [];
	const index = channels.findIndex(
		(channel) => channel.fees.reduce((sum, fee) => sum + (fee.amount ?? 0), 0) === gap.max
	);
	return [
		{
			code: 'fee-inconsistent',
			path: `channels[${index}].fees`,
			message: `Mức thu rất khác nhau giữa các cách nộp (${formatDong(gap.min)} và ${formatDong(gap.max)}); khoản lớn có thể là một chi phí khác chứ không phải phí, lệ phí của thủ tục. Hãy hỏi lại mức thu trước khi nộp tiền — đang được xác minh.`,
		},
	];
}
