import type { Procedure } from '../../../schemas/procedure';
import type { ReviewRecord } from '../../../schemas/review-record';
import { formatDate, formatDong } from '../../format/vi';
import type { Problem } from '../../validation/friendly-errors';
import { feeInForce, temporaryRateInForce } from '../fees/fee-in-force';
import { recordError } from './problem';

/**
 * A fee taken `from: procedure` must be the amount applicants pay in the review year: the
 * temporary rate when one applies for most of the year (1.002099 charges 25.000 đ, not 50.000 đ,
 * in 2026), the published amount otherwise.
 */
export function temporaryFeeProblems(
	file: string,
	record: ReviewRecord,
	procedure: Procedure
): Problem[] {
	const fees = procedure.channels.flatMap((channel) => channel.fees);
	const inForce = new Set(fees.map((fee) => feeInForce(fee, record.year)?.amount));
	return record.cost.fees.flatMap((line, index) => {
		if (line.from !== 'procedure' || inForce.has(line.amount)) return [];
		const path = `cost.fees[${index}].amount`;
		const reduced = fees.find((fee) => fee.amount === line.amount && fee.temporaryRate);
		if (reduced?.temporaryRate && temporaryRateInForce(reduced.temporaryRate, record.year)) {
			const rate = reduced.temporaryRate;
			const period = [
				rate.from && `từ ${formatDate(rate.from)}`,
				rate.to && `đến ${formatDate(rate.to)}`,
			]
				.filter(Boolean)
				.join(' ');
			return [
				recordError(
					file,
					path,
					`năm ${record.year} áp dụng mức tạm thời ${formatDong(rate.amount)}${rate.basis ? ` theo ${rate.basis}` : ''}${period ? ` (${period})` : ''}; cần ${rate.amount}, đang là ${line.amount}`
				),
			];
		}
		const temporary = fees.find((fee) => fee.temporaryRate?.amount === line.amount);
		if (temporary?.amount !== undefined) {
			return [
				recordError(
					file,
					path,
					`mức tạm thời ${formatDong(line.amount)} không áp dụng cho phần lớn năm ${record.year}; cần mức công bố ${temporary.amount}, đang là ${line.amount}`
				),
			];
		}
		return [];
	});
}
