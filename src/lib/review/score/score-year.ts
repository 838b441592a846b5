import type { ReviewConfig } from '../../../schemas/review-config';
import { aggregateCosts, type CostTotals } from '../aggregate';
import { procedureById, type ReviewContent } from '../content';
import { cleanHours } from '../rounding';
import { toCalendarDays } from '../time-limit-days';
import type { Recommendation } from './recommendation';
import { scoreRecord, type RecordScore } from './score-record';

/** A cut achieved against its target. */
export interface TargetCheck {
	/** Target share, e.g. 0.2. */
	target: number;
	/** Achieved share. */
	achieved: number;
	met: boolean;
	basis: string;
}

/** Scores of every review of a year, with totals: the one entry point for CLI, pages and reports. */
export interface YearScores {
	year: number;
	/** W used, đồng per hour, and its year. */
	hourlyIncome: { value: number; year: number; verified: boolean };
	/** Records ordered by procedure id. */
	records: RecordScore[];
	/** Σ yearly cost before and after, saving and R_G = Σ saving ÷ Σ before. */
	totals: CostTotals & { hoursBefore: number; hoursAfter: number; hoursSaved: number };
	/** How many records get each recommendation. */
	recommendations: Record<Recommendation, number>;
	/** Targets: cost (R_G), count (abolished ÷ reviewed) and, when set, time (days cut ÷ days before). */
	targets: { cost: TargetCheck; count: TargetCheck; time?: TargetCheck };
	/** Whether any record of the year is sample data. */
	sample: boolean;
}

/** Scores every review record of `year`. */
export function scoreYear(content: ReviewContent, year: number): YearScores {
	const records = content.reviews
		.filter((review) => review.data.year === year)
		.map((review) =>
			scoreRecord(review, procedureById(content, review.data.procedure), content.config)
		)
		.sort((a, b) => a.id.localeCompare(b.id));
	const totals = aggregateCosts(
		records.map(({ cost }) => ({ before: cost.before.perYear, after: cost.after.perYear }))
	);
	const hoursBefore = cleanHours(
		records.reduce((sum, { cost }) => sum + cost.before.hoursPerYear, 0)
	);
	const hoursAfter = cleanHours(
		records.reduce((sum, { cost }) => sum + cost.after.hoursPerYear, 0)
	);
	const recommendations: Record<Recommendation, number> = {
		keep: 0,
		simplify: 0,
		replace: 0,
		abolish: 0,
	};
	for (const record of records) recommendations[record.recommendation] += 1;
	return {
		year,
		hourlyIncome: {
			value: content.config.hourlyIncome.value,
			year: content.config.hourlyIncome.year,
			verified: content.config.hourlyIncome.verified,
		},
		records,
		totals: {
			...totals,
			hoursBefore,
			hoursAfter,
			hoursSaved: cleanHours(hoursBefore - hoursAfter),
		},
		recommendations,
		targets: targetChecks(records, totals, content.config.targets),
		sample: records.some((record) => record.sample),
	};
}

/** Compares the year’s cuts with the configured targets. */
function targetChecks(
	records: RecordScore[],
	totals: CostTotals,
	targets: ReviewConfig['targets']
): YearScores['targets'] {
	const check = (achieved: number, target: { share: number; basis: string }): TargetCheck => ({
		target: target.share,
		achieved,
		met: achieved >= target.share,
		basis: target.basis,
	});
	const abolished = records.filter((record) => record.proposedAction === 'abolish').length;
	const withLimit = records.filter((record) => record.cost.timeLimit);
	const daysBefore = withLimit.reduce(
		(sum, { cost }) => sum + toCalendarDays(cost.timeLimit!.before, cost.timeLimit!.unit),
		0
	);
	const daysAfter = withLimit.reduce(
		(sum, { cost }) => sum + toCalendarDays(cost.timeLimit!.after, cost.timeLimit!.unit),
		0
	);
	return {
		cost: check(totals.savingRate, targets.cost),
		count: check(records.length === 0 ? 0 : abolished / records.length, targets.count),
		time:
			targets.time &&
			check(daysBefore === 0 ? 0 : (daysBefore - daysAfter) / daysBefore, targets.time),
	};
}

const scored = new WeakMap<ReviewContent, Map<number, YearScores>>();

/** {@link scoreYear}, computed once per loaded content and year: every review page of a build shows the year’s totals. */
export function scoreYearOnce(content: ReviewContent, year: number): YearScores {
	const years = scored.get(content) ?? new Map<number, YearScores>();
	scored.set(content, years);
	let scores = years.get(year);
	if (!scores) {
		scores = scoreYear(content, year);
		years.set(year, scores);
	}
	return scores;
}
