import type { Procedure } from '../../schemas/procedure';
import type { ReviewRecord } from '../../schemas/review-record';
import { formatNumber } from '../format/vi';
import type { Problem } from '../validation/friendly-errors';

/**
 * Figures marked `from: procedure` must be the procedure file’s own: a fee amount of one of its
 * channels, or one of its channels’ time limits. This keeps sample and real reviews honest.
 */
export function procedureFigureProblems(file: string, record: ReviewRecord, procedure: Procedure): Problem[] {
	const problems: Problem[] = [];
	const amounts = new Set(
		procedure.channels.flatMap((channel) =>
			channel.fees.flatMap((fee) => [fee.amount, fee.temporaryRate?.amount].filter((amount) => amount !== undefined))
		)
	);
	record.cost.fees.forEach((fee, index) => {
		if (fee.from !== 'procedure' || amounts.has(fee.amount)) return;
		const known = [...amounts].sort((a, b) => a - b).map(formatNumber).join(', ') || 'none';
		problems.push({
			file,
			path: `cost.fees[${index}].amount`,
			message: `${fee.amount} is not a fee of procedure ${record.procedure} (its fees: ${known}); fix it or change "from"`,
			severity: 'error',
		});
	});
	const limit = record.cost.timeLimit;
	if (limit?.from === 'procedure') {
		const limits = procedure.channels.map((channel) => channel.timeLimit);
		if (!limits.some((known) => known.value === limit.value && known.unit === limit.unit)) {
			const list = limits.map((known) => known.asWritten || `${known.value ?? '?'} ${known.unit}`).join('; ') || 'none';
			problems.push({
				file,
				path: 'cost.timeLimit',
				message: `${limit.value} ${limit.unit} is not a time limit of procedure ${record.procedure} (its limits: ${list})`,
				severity: 'error',
			});
		}
	}
	return problems;
}
