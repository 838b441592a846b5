import type { ReviewConfig } from '../../../schemas/review-config';
import type { OptionAction } from '../../../schemas/simplification-option';

/** What the scores suggest for a procedure; the same four words as an option’s action. */
export type Recommendation = OptionAction;

/** Inputs of the recommendation rule. */
export interface RecommendationInput {
	necessity: number;
	reasonableness: number;
	legality: number;
	/** NEC.3: another measure could meet the objectives. */
	alternativeExists: boolean;
	/** The option proposes at least one change. */
	hasChanges: boolean;
}

/**
 * The rule (a project rule derived from domain.md §4, not law): necessity below the threshold →
 * `replace` when another measure would do, else `abolish`; otherwise any finding in
 * reasonableness or legality, or any proposed change → `simplify`; else `keep`.
 */
export function recommend(
	input: RecommendationInput,
	scoring: ReviewConfig['scoring']
): Recommendation {
	if (input.necessity < scoring.necessityThreshold)
		return input.alternativeExists ? 'replace' : 'abolish';
	if (input.reasonableness < 100 || input.legality < 100 || input.hasChanges) return 'simplify';
	return 'keep';
}
