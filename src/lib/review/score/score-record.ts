import type { ReviewConfig } from '../../../schemas/review-config';
import type { ReviewStatus } from '../../../schemas/review-record';
import type { OptionAction } from '../../../schemas/simplification-option';
import type { ProcedureEntry, ReviewEntry } from '../content';
import { evaluateOption, type OptionEvaluation } from '../option-cost';
import { scoreLegality, scoreNecessity, scoreReasonableness, type Finding } from './criteria';
import { optionModel } from './option-model';
import { recommend, type Recommendation } from './recommendation';

/** The assessment of one review record: scores, findings, cost before/after and a recommendation. */
export interface RecordScore {
	/** Procedure id. */
	id: string;
	year: number;
	/** Procedure name and field, from the procedure file (the id when the file is missing). */
	name: string;
	field: string;
	sample: boolean;
	status: ReviewStatus;
	necessity: number;
	reasonableness: number;
	legality: number;
	findings: Finding[];
	/** What the scores suggest. */
	recommendation: Recommendation;
	/** What the officer proposes in the option. */
	proposedAction: OptionAction;
	/** Cost per case and per year before and after, saving, saving rate, hours and time limit. */
	cost: OptionEvaluation;
}

/** Scores one review record with the hourly income and thresholds of `config`. */
export function scoreRecord(
	review: ReviewEntry,
	procedure: ProcedureEntry | undefined,
	config: ReviewConfig
): RecordScore {
	const record = review.data;
	const necessity = scoreNecessity(record.necessity, config.scoring);
	const reasonableness = scoreReasonableness(record.reasonableness, config.scoring);
	const legality = scoreLegality(record.legality);
	return {
		id: record.procedure,
		year: record.year,
		name: procedure?.data.name ?? record.procedure,
		field: procedure?.data.field ?? '',
		sample: record.sample,
		status: record.status,
		necessity: necessity.score,
		reasonableness: reasonableness.score,
		legality: legality.score,
		findings: [...necessity.findings, ...reasonableness.findings, ...legality.findings],
		recommendation: recommend(
			{
				necessity: necessity.score,
				reasonableness: reasonableness.score,
				legality: legality.score,
				alternativeExists: record.necessity.alternative.exists,
				hasChanges: record.option.changes.length > 0,
			},
			config.scoring
		),
		proposedAction: record.option.action,
		cost: evaluateOption(optionModel(record, config.hourlyIncome.value)),
	};
}
