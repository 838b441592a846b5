import { hasReached } from '../../../schemas/review-status';
import type { ReviewContent } from '../../review/content';
import type { OptionEvaluation } from '../../review/option-cost';
import type { YearScores } from '../../review/score/score-year';
import { changeLines, type ChangeLine } from '../results-section';
import type { OptionAction } from '../../../schemas/simplification-option';

/** One option the decision adopts, with what it saves. */
export interface DecisionRecord {
	id: string;
	name: string;
	field: string;
	sample: boolean;
	action: OptionAction;
	summary: string;
	changes: ChangeLine[];
	cost: OptionEvaluation;
}

/** Which options a decision covers. */
export interface DecisionScope {
	/** One procedure only, whatever its status (the review page’s draft). */
	id?: string;
	/** One field only, as decisions by field are drafted (domain.md §2.2 step 4). */
	field?: string;
}

/**
 * The options of `scores.year` ready for the Chairman: checked for quality and not yet adopted
 * (domain.md §2.2 steps 3–5), that change something; or the one procedure asked for. Ordered by
 * field, then by procedure id.
 */
export function decisionRecords(
	content: ReviewContent,
	scores: YearScores,
	scope: DecisionScope = {}
): DecisionRecord[] {
	return scores.records
		.filter((score) => {
			const review = content.reviews.find(
				(entry) => entry.data.year === scores.year && entry.data.procedure === score.id
			)!.data;
			if (review.option.action === 'keep') return false;
			if (scope.field && score.field !== scope.field) return false;
			if (scope.id) return score.id === scope.id;
			return hasReached(review.status, 'quality-checked') && !hasReached(review.status, 'adopted');
		})
		.map((score) => {
			const { option } = content.reviews.find(
				(entry) => entry.data.year === scores.year && entry.data.procedure === score.id
			)!.data;
			return {
				id: score.id,
				name: score.name,
				field: score.field,
				sample: score.sample,
				action: option.action,
				summary: option.summary ?? '',
				changes: changeLines(option),
				cost: score.cost,
			};
		})
		.sort((a, b) => a.field.localeCompare(b.field, 'vi') || a.id.localeCompare(b.id));
}
