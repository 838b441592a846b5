import type { Procedure } from '../../schemas/procedure';
import type { ReviewRecord } from '../../schemas/review-record';
import { formatNumber } from '../format/vi';
import type { Problem } from '../validation/friendly-errors';

/**
 * Figures marked `from: procedure` must be the procedure file’s own: a fee amount of one of its
 * channels, or one of its channels’ time limits. This keeps sample and real reviews honest.
 */
export function procedureFigureProblems(
	file: string,
	record: ReviewRecord,
	procedure: Procedure
): Problem[] {
	const problems: Problem[] = [];
	const amounts = new Set(
		procedure.channels.flatMap((channel) =>
			channel.fees.flatMap((fee) =>
				[fee.amount, fee.temporaryRate?.amount].filter((amount) => amount !== undefined)
			)
		)
	);
	record.cost.fees.forEach((fee, index) => {
		if (fee.from !== 'procedure' || amounts.has(fee.amount)) return;
		const known =
			[...amounts]
				.sort((a, b) => a - b)
				.map(formatNumber)
				.join(', ') || 'không có';
		problems.push({
			file,
			path: `cost.fees[${index}].amount`,
			message: `cần một mức phí của thủ tục ${record.procedure} (các mức: ${known}), hoặc đổi "from"; đang là ${fee.amount}`,
			severity: 'error',
		});
	});
	const limit = record.cost.timeLimit;
	if (limit?.from === 'procedure') {
		const limits = procedure.channels.map((channel) => channel.timeLimit);
		if (!limits.some((known) => known.value === limit.value && known.unit === limit.unit)) {
			const list =
				limits
					.map((known) => known.asWritten || `${known.value ?? '?'} ${known.unit}`)
					.join('; ') || 'không có';
			problems.push({
				file,
				path: 'cost.timeLimit',
				message: `cần một thời hạn của thủ tục ${record.procedure} (các thời hạn: ${list}), hoặc đổi "from"; đang là ${limit.value} ${limit.unit}`,
				severity: 'error',
			});
		}
	}
	return problems;
}
