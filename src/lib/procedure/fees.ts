import type { Channel } from '../../schemas/channel';
import type { Fee, TemporaryRate } from '../../schemas/fee';
import type { Flag } from '../../schemas/flag';
import { formatDong } from '../format/vi';
import { flagsAt } from './flags';

/** Whether a citizen pays: every known amount is 0, some amount is above 0, or nobody knows. */
export type FeeStatus = 'free' | 'paid' | 'unknown';

/** Vietnamese labels for {@link FeeStatus}. */
export const feeStatusLabels: Record<FeeStatus, string> = {
	free: 'Miễn phí',
	paid: 'Có thu phí, lệ phí',
	unknown: 'Chưa rõ phí',
};

/**
 * Whether the procedure costs money. An amount flagged as a placeholder (`1 VNĐ` for “free
 * online”) is not trusted either way, so it counts as unknown.
 */
export function feeStatus(channels: readonly Channel[], flags: readonly Flag[] = []): FeeStatus {
	let known = 0;
	let paid = false;
	channels.forEach((channel, c) =>
		channel.fees.forEach((fee, f) => {
			if (fee.amount === undefined) return;
			const doubtful = flagsAt(flags, `channels[${c}].fees[${f}]`).some(
				(flag) => flag.code === 'fee-placeholder'
			);
			if (doubtful) return;
			known++;
			if (fee.amount > 0) paid = true;
		})
	);
	if (paid) return 'paid';
	return known > 0 ? 'free' : 'unknown';
}

/** Writes the amount of one fee: “Miễn phí”, “200.000 đồng”, or the source text when no amount is known. */
export function formatFeeAmount(fee: Fee): string {
	if (fee.amount === 0) return 'Miễn phí';
	if (fee.amount !== undefined) return formatDong(fee.amount);
	return fee.asWritten || 'Chưa có thông tin';
}

/** Where a temporary rate stands on a given day. */
export type RateState = 'in-force' | 'upcoming' | 'expired';

/** Whether a temporary rate applies on `today` (ISO `yyyy-mm-dd`); open ends count as in force. */
export function temporaryRateState(rate: TemporaryRate, today: string): RateState {
	if (rate.to && rate.to < today) return 'expired';
	if (rate.from && rate.from > today) return 'upcoming';
	return 'in-force';
}
