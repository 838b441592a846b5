import { cleanHours, roundHalfUp } from './rounding';

/**
 * Inputs of the Standard Cost Model for one procedure (TT 02/2017/TT-VPCP Điều 27), the same
 * shape as `npm run review -- cost --input`. Money is whole đồng; hours may be decimal.
 */
export interface ScmInput {
	/** W: average income per working hour, đồng. */
	hourlyIncome: number;
	/** T_ik: the applicant’s activities and their hours per execution. */
	activities: { name: string; hours: number }[];
	/** F_i: fees and charges per execution, đồng. */
	fees: number;
	/** O_ij: other costs per execution (copies, certification, travel…), đồng. */
	otherCosts: { name: string; amount: number }[];
	/** f_i: executions per subject per year. */
	timesPerYear: number;
	/** N_i: subjects per year (or dossiers per year with `timesPerYear: 1`). */
	subjectsPerYear: number;
}

/** Cost of one procedure: hours and đồng per execution and per year. */
export interface ScmResult {
	/** Σ T_ik: hours per execution. */
	hours: number;
	/** Σ T_ik × W, đồng per execution. */
	timeCost: number;
	/** C1 = time cost + fees + other costs, đồng per execution. */
	perCase: number;
	/** Cy = C1 × f × N, đồng per year. */
	perYear: number;
	/** Hours per year: Σ T_ik × f × N. */
	hoursPerYear: number;
}

/** Before, after and the benefit of an option (domain.md §5: S_i and R_i). */
export interface ScmComparison {
	after: { perCase: number; perYear: number };
	/** S = Cy(before) − Cy(after), đồng per year. */
	saving: number;
	/** R = S ÷ Cy(before), as a fraction (0.667 = 66.7%); 0 when nothing cost anything before. */
	savingRate: number;
}

/**
 * Computes the Standard Cost Model. Only the results are rounded (half up, to whole đồng), so a
 * cost per year is not the rounded cost per case times the volume.
 */
export function computeScm(input: ScmInput): ScmResult {
	const hours = input.activities.reduce((sum, activity) => sum + activity.hours, 0);
	const exactTimeCost = hours * input.hourlyIncome;
	const others = input.otherCosts.reduce((sum, cost) => sum + cost.amount, 0);
	const exactPerCase = exactTimeCost + input.fees + others;
	const executions = input.timesPerYear * input.subjectsPerYear;
	return {
		hours: cleanHours(hours),
		timeCost: roundHalfUp(exactTimeCost),
		perCase: roundHalfUp(exactPerCase),
		perYear: roundHalfUp(exactPerCase * executions),
		hoursPerYear: cleanHours(hours * executions),
	};
}

/**
 * Compares the cost before and after an option. The saving is taken from the rounded yearly
 * costs, so that before − after = saving holds in every table that prints them.
 */
export function compareScm(before: ScmResult, after: ScmResult): ScmComparison {
	const saving = before.perYear - after.perYear;
	return {
		after: { perCase: after.perCase, perYear: after.perYear },
		saving,
		savingRate: savingRate(saving, before.perYear),
	};
}

/** S ÷ Cy(before) as a fraction; 0 when the cost before is 0. */
export function savingRate(saving: number, before: number): number {
	return before === 0 ? 0 : saving / before;
}

/** The result of a procedure that no longer exists: nothing to do, nothing to pay. */
export const zeroScm: ScmResult = {
	hours: 0,
	timeCost: 0,
	perCase: 0,
	perYear: 0,
	hoursPerYear: 0,
};
