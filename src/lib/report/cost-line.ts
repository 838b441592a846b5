import type { ReviewRecord } from '../../schemas/review-record';
import {
	optionCosts,
	toScmInput,
	type CostModel,
	type OptionEvaluation,
} from '../review/option-cost';
import { optionModel } from '../review/score/option-model';

/** The Standard Cost Model inputs of one side (before or after), summed as the tables print them. */
export interface CostInputs {
	/** Σ T: hours per execution. */
	hours: number;
	/** F: fees and charges per execution, đồng. */
	fees: number;
	/** Σ O: other costs per execution, đồng. */
	otherCosts: number;
	/** f × N: executions a year. */
	executions: number;
}

/** One procedure’s compliance cost: inputs and results before and after its option. */
export interface CostLine {
	/** W, đồng per hour. */
	hourlyIncome: number;
	before: CostInputs & { perCase: number; perYear: number; hoursPerYear: number };
	after: CostInputs & { perCase: number; perYear: number; hoursPerYear: number };
	/** S = Cy(before) − Cy(after), đồng per year, and R = S ÷ Cy(before). */
	saving: number;
	savingRate: number;
	/** Hours saved per year. */
	hoursSaved: number;
}

function inputs(cost: CostModel | undefined, hourlyIncome: number): CostInputs {
	if (!cost) return { hours: 0, fees: 0, otherCosts: 0, executions: 0 };
	const input = toScmInput(cost, hourlyIncome);
	return {
		hours: input.activities.reduce((sum, activity) => sum + activity.hours, 0),
		fees: input.fees,
		otherCosts: input.otherCosts.reduce((sum, other) => sum + other.amount, 0),
		executions: input.timesPerYear * input.subjectsPerYear,
	};
}

/**
 * The inputs of a review’s cost model before and after its option (the same lines the score
 * costed, through `optionCosts`), beside the results of `evaluation`.
 */
export function costLine(
	record: Pick<ReviewRecord, 'cost' | 'option'>,
	evaluation: OptionEvaluation,
	hourlyIncome: number
): CostLine {
	const sides = optionCosts(optionModel(record, hourlyIncome));
	const side = (cost: CostModel | undefined, result: OptionEvaluation['before']) => ({
		...inputs(cost, hourlyIncome),
		hours: result.hours,
		perCase: result.perCase,
		perYear: result.perYear,
		hoursPerYear: result.hoursPerYear,
	});
	return {
		hourlyIncome,
		before: side(sides.before, evaluation.before),
		after: side(sides.after, evaluation.after),
		saving: evaluation.saving,
		savingRate: evaluation.savingRate,
		hoursSaved: evaluation.hoursSaved.perYear,
	};
}
