import { procedureFigureProblems } from '../content/review-figures';
import { changesWithoutFinding } from '../content/review-consistency';
import { recordProblems } from '../review/checks/record-problems';
import { evaluateOption, type OptionEvaluation } from '../review/option-cost';
import { scoreRecord, type RecordScore } from '../review/score/score-record';
import { openQuestions } from '../review/workflow/readiness';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import type { Procedure } from '../../schemas/procedure';
import type { ReviewConfig } from '../../schemas/review-config';
import { complianceCostSchema } from '../../schemas/compliance-cost';
import { reviewRecordSchema } from '../../schemas/review-record';
import { effectsSchema, optionSchema } from '../../schemas/simplification-option';

/** What the form shows as the officer types: problems by field, and scores and cost when they can be computed. */
export interface LiveReview {
	problems: Problem[];
	/** Scores of the whole record, once it is valid. */
	score?: RecordScore;
	/** Cost before and after, as soon as the cost and the option are valid, even if other sections are not. */
	cost?: OptionEvaluation;
	/** Questions of the form still unanswered (a recommendation waits for them). */
	open?: number;
}

/** What the live checks know besides the record. */
export interface LiveContext {
	file: string;
	id: string;
	procedure?: Procedure;
	config: ReviewConfig;
}

/**
 * Checks and scores a record being edited with the same schema, rules and scoring as `npm run
 * check` and `npm run review -- score`; the form runs it on every change. Only the dossier
 * counts are left to the save, which reads the dossier files.
 */
export function liveReview(data: unknown, context: LiveContext): LiveReview {
	const { file, procedure, config } = context;
	const W = config.hourlyIncome.value;
	const parsed = reviewRecordSchema.safeParse(data);
	if (!parsed.success) {
		return { problems: problemsFromZodError(file, parsed.error, data), cost: partialCost(data, W) };
	}
	const record = parsed.data;
	const problems: Problem[] = [
		...recordProblems(file, record, { procedure, hourlyIncome: W }),
		...(procedure ? procedureFigureProblems(file, record, procedure) : []),
		...changesWithoutFinding(file, record),
	];
	const score = scoreRecord(
		{ file, data: record, body: '' },
		procedure && { id: context.id, data: procedure },
		config
	);
	return { problems, score, cost: score.cost, open: openQuestions(record).length };
}

/**
 * The cost before and after while other parts of the record are still invalid: the cost lines
 * must be valid, and each change counts with its effects as soon as they are, so the officer sees
 * the cost fall while the change still lacks, say, the law to amend.
 */
function partialCost(data: unknown, hourlyIncome: number): OptionEvaluation | undefined {
	const record = (data ?? {}) as {
		cost?: unknown;
		option?: { action?: unknown; changes?: unknown };
	};
	const cost = complianceCostSchema.safeParse(record.cost);
	if (!cost.success) return undefined;
	const action = optionSchema.shape.action.safeParse(record.option?.action);
	const changes = Array.isArray(record.option?.changes) ? record.option.changes : [];
	const effects = changes.flatMap((change: { effects?: unknown } | null) => {
		const parsed = effectsSchema.safeParse(change?.effects);
		return parsed.success ? [parsed.data] : [];
	});
	return evaluateOption({
		hourlyIncome,
		cost: cost.data,
		action: action.success ? action.data : 'simplify',
		effects,
	});
}
