import type { ReviewRecord } from '../../../schemas/review-record';
import {
	nextStatuses,
	reviewStatusLabels,
	statusRank,
	type ReviewStatus,
} from '../../../schemas/review-status';
import type { Problem } from '../../validation/friendly-errors';
import { recordError } from '../checks/problem';

function label(status: ReviewStatus): string {
	return `${status} (${reviewStatusLabels[status]})`;
}

/**
 * The status history must follow the cycle of domain.md §2.2: it starts with the draft, every
 * move goes one step on (or back, with a reason), dates never go back, and the last move is the
 * record’s `status`.
 */
export function historyProblems(
	file: string,
	record: Pick<ReviewRecord, 'status' | 'history'>
): Problem[] {
	const { history, status } = record;
	if (history.length === 0) {
		return status === 'draft'
			? []
			: [
					recordError(
						file,
						'history',
						`trạng thái ${label(status)} cần lịch sử các bước từ draft, mỗi bước có ngày (date) và đơn vị (unit); đang không có`
					),
				];
	}
	const problems: Problem[] = [];
	if (history[0]!.status !== 'draft') {
		problems.push(
			recordError(
				file,
				'history[0].status',
				`bước đầu tiên cần là draft (Dự thảo), đang là ${history[0]!.status}`
			)
		);
	}
	history.forEach((entry, index) => {
		if (index === 0) return;
		const previous = history[index - 1]!;
		const path = `history[${index}]`;
		if (entry.date < previous.date) {
			problems.push(
				recordError(
					file,
					`${path}.date`,
					`ngày cần từ ${previous.date} (bước trước) trở đi, đang là ${entry.date}`
				)
			);
		}
		const back = statusRank(entry.status) <= statusRank(previous.status);
		if (back && !entry.reason) {
			problems.push(
				recordError(
					file,
					`${path}.reason`,
					`quay lại ${label(entry.status)} sau ${label(previous.status)} là mở lại bản rà soát: cần ghi lý do (reason)`
				)
			);
		} else if (!back && !nextStatuses[previous.status].includes(entry.status)) {
			const allowed = nextStatuses[previous.status].join(' hoặc ');
			problems.push(
				recordError(
					file,
					`${path}.status`,
					`sau ${label(previous.status)} cần ${allowed}, đang là ${entry.status} (bỏ qua bước)`
				)
			);
		}
	});
	const last = history.at(-1)!;
	if (last.status !== status) {
		problems.push(
			recordError(
				file,
				'status',
				`cần trùng với bước cuối của history (${last.status}), đang là ${status}`
			)
		);
	}
	return problems;
}
