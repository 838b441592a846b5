import type { Fee, TemporaryRate } from '../../../schemas/fee';

/** The amount a fee charges in a review year, and the temporary rate behind it if any. */
export interface FeeInForce {
	amount: number;
	/** The reduced rate that applies for most of the year, e.g. the 50% of Thông tư 64/2025/TT-BTC. */
	temporary?: TemporaryRate;
}

const dayMs = 86_400_000;

/** Days of `year` inside the period from `from` to `to` (open ends when missing). */
function overlapDays(year: number, from?: string, to?: string): number {
	const start = Math.max(Date.UTC(year, 0, 1), from ? Date.parse(`${from}T00:00:00Z`) : -Infinity);
	const end = Math.min(Date.UTC(year, 11, 31), to ? Date.parse(`${to}T00:00:00Z`) : Infinity);
	return end < start ? 0 : Math.round((end - start) / dayMs) + 1;
}

/** Whether a temporary rate applies for more than half of `year`: the rate the year’s cost is counted at. */
export function temporaryRateInForce(rate: TemporaryRate, year: number): boolean {
	const days = Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1);
	return overlapDays(year, rate.from, rate.to) * dayMs * 2 > days;
}

/**
 * The amount of a fee in `year`: its temporary rate when that applies for most of the year
 * (a review costs the year as applicants pay it), else the published amount; `undefined` when
 * the source gives no amount.
 */
export function feeInForce(
	fee: Pick<Fee, 'amount' | 'temporaryRate'>,
	year: number
): FeeInForce | undefined {
	if (fee.temporaryRate && temporaryRateInForce(fee.temporaryRate, year)) {
		return { amount: fee.temporaryRate.amount, temporary: fee.temporaryRate };
	}
	return fee.amount === undefined ? undefined : { amount: fee.amount };
}
