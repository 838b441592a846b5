import { oneLine } from './clean-text';
import { feeKind } from './fee-kind';
import { draft, type FlagDraft } from './flags';
import { firstDongAmount } from './parse-amount';
import { orderFee, type FeeValue } from './parse-fee';
import { findTemporaryRate } from './parse-temporary-rate';

/**
 * Reads the free-text fee of a legacy row (“Lệ phí: 100.000 đồng/hồ sơ”, “Không (lệ phí)”): the
 * first amount in đồng, kept with the whole text as written.
 */
export function parseLegacyFee(text: string): { fees: FeeValue[]; flags: FlagDraft[] } {
	const asWritten = oneLine(text);
	if (asWritten === '') {
		return {
			fees: [],
			flags: [draft('fee-missing', 'Nguồn không ghi phí, lệ phí — đang được xác minh.')],
		};
	}
	const fee: FeeValue = { kind: feeKind(asWritten), asWritten };
	const flags: FlagDraft[] = [];
	if (/^(không\b|miễn phí)/i.test(asWritten)) fee.amount = 0;
	else {
		const amount = firstDongAmount(asWritten);
		if (amount === undefined) {
			flags.push(
				draft(
					'parse-uncertain',
					`Không đọc được mức phí “${asWritten}” — đang được xác minh.`,
					asWritten,
					'amount'
				)
			);
		} else fee.amount = amount;
	}
	const rate = findTemporaryRate(asWritten);
	if (rate) fee.temporaryRate = rate;
	return { fees: [orderFee(fee)], flags };
}
