import { isoDateOf } from './dates';
import { firstDongAmount } from './parse-amount';

/** A reduced rate in force for a limited period. */
export interface TemporaryRateValue {
	amount: number;
	from?: string;
	to?: string;
	basis?: string;
}

/** “áp dụng mức phí[:] …” opens a temporary-rate clause, e.g. the 50% cuts of Thông tư 64/2025/TT-BTC. */
const opening = /áp dụng mức (?:thu )?(?:phí|lệ phí)/i;
const fromDate = /từ ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/i;
const toDate = /đến (?:hết )?ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/i;
const basis = /Thông tư (?:số )?(\d+\/\d{4}\/[A-ZĐ]+(?:-[A-ZĐ]+)*)/;

/**
 * Finds a temporary rate in a fee note, such as “áp dụng mức phí 25.000 đồng/hồ sơ kể từ ngày
 * 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC”. A clause without a period
 * is not temporary and is left alone.
 */
export function findTemporaryRate(text: string): TemporaryRateValue | undefined {
	const start = opening.exec(text);
	if (!start) return undefined;
	// The clause runs to the end of its sentence; 300 characters cover the longest one in the data.
	const clause = text.slice(start.index, start.index + 300);
	const amount = firstDongAmount(clause);
	const from = isoDateOf(fromDate.exec(clause));
	const to = isoDateOf(toDate.exec(clause));
	if (amount === undefined || (!from && !to)) return undefined;
	const rate: TemporaryRateValue = { amount };
	if (from) rate.from = from;
	if (to) rate.to = to;
	const law = basis.exec(clause)?.[1];
	if (law) rate.basis = law;
	return rate;
}
