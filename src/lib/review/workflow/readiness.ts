import type { ReviewConfig } from '../../../schemas/review-config';
import {
	legalityQuestions,
	reasonablenessComponents,
	reasonablenessLabels,
} from '../../../schemas/review-form';
import type { ReviewRecord } from '../../../schemas/review-record';
import { hasReached, reviewStatusLabels } from '../../../schemas/review-status';
import type { Problem } from '../../validation/friendly-errors';
import { isAnswered } from '../answers';
import { recordError } from '../checks/problem';
import { evaluateOption } from '../option-cost';
import { optionModel } from '../score/option-model';

/**
 * What a review must hold before it moves on: a draft may leave questions open, but a review
 * submitted to the head of the department answers every question of form 02/RS-KSTT and has an
 * option with its cost; an adopted one names the decision that adopted it.
 */
export function readinessProblems(
	file: string,
	record: ReviewRecord,
	hourlyIncome: ReviewConfig['hourlyIncome']['value']
): Problem[] {
	if (!hasReached(record.status, 'submitted')) return [];
	const stage = `trạng thái ${record.status} (${reviewStatusLabels[record.status]})`;
	const problems: Problem[] = [];
	const need = (path: string, what: string) =>
		problems.push(recordError(file, path, `${stage} cần ${what}`));
	for (const open of openQuestions(record)) need(open.path, open.what);
	if (!record.option.summary) need('option.summary', 'phương án đơn giản hóa (tóm tắt phương án)');
	const cost = evaluateOption(optionModel(record, hourlyIncome));
	// A procedure nobody filed last year costs nothing a year, yet its cost per case is known.
	if (cost.before.perCase === 0) {
		need('cost', 'chi phí tuân thủ mỗi lần thực hiện: số giờ, phí hoặc chi phí khác, đang bằng 0');
	}
	if (hasReached(record.status, 'adopted') && !record.decision) {
		need('decision', 'số, ngày của quyết định thông qua phương án');
	}
	return problems;
}

/** The questions of form 02/RS-KSTT a record leaves open: no objective, or an answer not given. */
export function openQuestions(
	record: Pick<ReviewRecord, 'necessity' | 'reasonableness' | 'legality'>
): { path: string; what: string }[] {
	const open: { path: string; what: string }[] = [];
	if (record.necessity.objectives.length === 0) {
		open.push({ path: 'necessity.objectives', what: 'ít nhất một mục tiêu của thủ tục (NEC.1)' });
	}
	for (const key of reasonablenessComponents) {
		const answer = record.reasonableness[key];
		if (!isAnswered(answer)) {
			open.push({
				path: `reasonableness.${key}.ok`,
				what: `câu trả lời cho ${reasonablenessLabels[key]}`,
			});
		}
		answer.items?.forEach((row, index) => {
			if (!isAnswered(row)) {
				open.push({
					path: `reasonableness.${key}.items[${index}].ok`,
					what: `câu trả lời cho “${row.item}”`,
				});
			}
		});
	}
	for (const key of legalityQuestions) {
		if (!isAnswered(record.legality[key])) {
			open.push({ path: `legality.${key}.ok`, what: 'câu trả lời của mục IV' });
		}
	}
	return open;
}
