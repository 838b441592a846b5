import { planGrounds, type PlanGround } from '../../../schemas/review-config';
import { formatNumber } from '../../format/vi';
import type { ReviewContent } from '../content';
import { evaluateOption } from '../option-cost';
import { median } from '../median';
import { ceilShare } from '../rounding';
import { optionModel } from '../score/option-model';
import type { DossierSignals } from './dossier-signals';
import { planPopulation } from './population';
import { summaryOf } from '../../content/procedure-summary';
import { legalDocumentsSince } from './procedure-facts';
import {
	costFactor,
	groundRules,
	type GroundContext,
	type Maxima,
	type ProcedureFacts,
} from './grounds';
import { onceOnlyFacts } from '../../documents/proposals';

/** Options of one plan. */
export interface PlanOptions {
	/** Plan year, e.g. 2027. */
	year: number;
	/** Share of active procedures to select; defaults to the configured share. */
	share?: number;
	/**
	 * Dossier statistics of the year(s) before the plan year (issue 5). Leave out when there are
	 * none: the plan then reports them as missing and weighs the other grounds.
	 */
	dossiers?: DossierSignals;
	/**
	 * Choose from the commune-level procedures too (`--include-commune`); defaults to the
	 * `includeCommune` setting of content/review/config.md, which defaults to no.
	 */
	includeCommune?: boolean;
}

/** One procedure in the plan’s ranking. */
export interface PlanItem {
	id: string;
	name: string;
	field: string;
	/** Priority score 0–100, one decimal. */
	score: number;
	/** Căn cứ lựa chọn, strongest first, in Vietnamese. */
	grounds: string[];
	/** Each ground’s weight and strength, for a transparent breakdown. */
	contributions: { ground: PlanGround; weight: number; factor: number }[];
}

/** The annual review plan (Kế hoạch rà soát, đánh giá TTHC năm Y). */
export interface Plan {
	year: number;
	share: number;
	/** Procedures the plan chooses from: active, the Department’s own (and the communes’ when included). */
	population: number;
	/** ceil(share × population). */
	required: number;
	/** The `required` procedures with the highest scores (ties by id). */
	selected: PlanItem[];
	/** Every active procedure, highest score first. */
	ranking: PlanItem[];
	/** Signals the plan could not use, in Vietnamese. */
	missingSignals: string[];
	/** Remarks about the data used (sample data, partial signals), in Vietnamese. */
	notes: string[];
}

/** Selects the procedures to review in `options.year` by a weighted priority score. */
export function buildPlan(content: ReviewContent, options: PlanOptions): Plan {
	const { config } = content;
	const year = options.year;
	const share = options.share ?? config.share;
	const population = planPopulation(content.procedures, {
		includeCommune: options.includeCommune ?? config.includeCommune,
	});
	const communeCount = population.filter((procedure) => summaryOf(procedure).communeLevel).length;
	const lastReviews = latestReviewsBefore(content, year);
	const feedback = content.feedback.find((file) => file.year === year - 1);
	const facts: ProcedureFacts[] = population.map((procedure) => {
		const { id } = procedure;
		const summary = summaryOf(procedure);
		const last = lastReviews.get(id);
		const since = last ? last.year + 1 : year - config.legalChangeWindowYears;
		return {
			id,
			name: summary.name,
			field: summary.field,
			dossiers: options.dossiers
				? (options.dossiers.byProcedure[id] ?? { received: 0, finished: 0, late: 0 })
				: undefined,
			feedback: feedback ? (feedback.counts[id] ?? 0) : undefined,
			yearlyCost: last && { value: last.perYear, year: last.year },
			burden: summary.burden,
			timeLimit: summary.timeLimit,
			lastReviewYear: last?.year,
			newLegalDocuments: legalDocumentsSince(summary.legalBasis, since),
			...(content.stateData
				? { onceOnly: onceOnlyFacts(summary.paperLookups, content.stateData) }
				: {}),
		};
	});
	const maxima: Maxima = {
		received: Math.max(0, ...facts.map((fact) => fact.dossiers?.received ?? 0)),
		feedback: Math.max(0, ...facts.map((fact) => fact.feedback ?? 0)),
		yearlyCost: Math.max(0, ...facts.map((fact) => fact.yearlyCost?.value ?? 0)),
		sheets: Math.max(0, ...facts.map((fact) => fact.burden.sheets)),
		onceOnly: Math.max(0, ...facts.map((fact) => fact.onceOnly?.papers ?? 0)),
	};
	const dossierYears = options.dossiers?.years.join('–') ?? String(year - 1);
	const context: GroundContext = {
		year,
		coverageYears: config.coverageYears,
		longTimeLimitDays: config.longTimeLimitDays,
		dossierYears,
		feedbackYear: year - 1,
		feedbackSample: feedback?.sample ?? false,
		dossierSample: options.dossiers?.sample ?? false,
		medianCostFactor: median(
			facts.flatMap((fact) => (fact.yearlyCost ? [costFactor(fact.yearlyCost.value, maxima)] : []))
		),
	};
	const unavailable = new Set<PlanGround>();
	if (!options.dossiers) unavailable.add('volume').add('lateRate');
	if (!feedback) unavailable.add('feedback');
	if (!facts.some((fact) => fact.yearlyCost)) unavailable.add('yearlyCost');
	if (!content.stateData) unavailable.add('onceOnly');
	const grounds = planGrounds.filter(
		(ground) => !unavailable.has(ground) && config.weights[ground] > 0
	);
	const totalWeight = grounds.reduce((sum, ground) => sum + config.weights[ground], 0);
	const ranking = facts
		.map((fact) => rankItem(fact, grounds, config.weights, totalWeight, maxima, context))
		.sort((a, b) => b.exact - a.exact || a.item.id.localeCompare(b.item.id))
		.map(({ item }) => item);
	const required = ceilShare(share, population.length);
	return {
		year,
		share,
		population: population.length,
		required,
		selected: ranking.slice(0, required),
		ranking,
		missingSignals: missingSignals(
			year,
			options.dossiers,
			feedback !== undefined,
			lastReviews.size,
			population.length
		),
		notes: [
			...(communeCount > 0 ? [`Gồm cả ${formatNumber(communeCount)} thủ tục cấp xã.`] : []),
			...(feedback?.sample ? [`Số liệu phản ánh, kiến nghị năm ${year - 1} là dữ liệu mẫu.`] : []),
			...(options.dossiers?.sample ? [`Số liệu hồ sơ năm ${dossierYears} là dữ liệu mẫu.`] : []),
		],
	};
}

/** Weighs the grounds of one procedure; `exact` keeps the unrounded score for sorting. */
function rankItem(
	fact: ProcedureFacts,
	grounds: PlanGround[],
	weights: Record<PlanGround, number>,
	totalWeight: number,
	maxima: Maxima,
	context: GroundContext
): { exact: number; item: PlanItem } {
	const values = grounds
		.map((ground) => ({
			ground,
			weight: weights[ground],
			value: groundRules[ground](fact, maxima, context),
		}))
		.filter((entry) => entry.value !== undefined && entry.value.factor > 0)
		.map(({ ground, weight, value }) => ({
			ground,
			weight,
			factor: value!.factor,
			text: value!.text,
		}));
	const sum = values.reduce((total, entry) => total + entry.weight * entry.factor, 0);
	// Cut float noise so that equal grounds tie exactly and fall back to the id order.
	const exact = totalWeight === 0 ? 0 : Number(((100 * sum) / totalWeight).toFixed(9));
	const strongestFirst = [...values].sort(
		(a, b) =>
			b.weight * b.factor - a.weight * a.factor ||
			grounds.indexOf(a.ground) - grounds.indexOf(b.ground)
	);
	return {
		exact,
		item: {
			id: fact.id,
			name: fact.name,
			field: fact.field,
			score: Math.round(exact * 10) / 10,
			grounds: strongestFirst.flatMap((entry) => (entry.text ? [entry.text] : [])),
			contributions: strongestFirst.map(({ ground, weight, factor }) => ({
				ground,
				weight,
				factor,
			})),
		},
	};
}

/** The latest review before `year` of each procedure, with its yearly cost before the option. */
function latestReviewsBefore(
	content: ReviewContent,
	year: number
): Map<string, { year: number; perYear: number }> {
	const latest = new Map<string, { year: number; perYear: number }>();
	for (const { data } of content.reviews) {
		if (data.year >= year) continue;
		const current = latest.get(data.procedure);
		if (current && current.year >= data.year) continue;
		const cost = evaluateOption(optionModel(data, content.config.hourlyIncome.value));
		latest.set(data.procedure, { year: data.year, perYear: cost.before.perYear });
	}
	return latest;
}

/** Sentences for the signals the plan had to do without. */
function missingSignals(
	year: number,
	dossiers: DossierSignals | undefined,
	hasFeedback: boolean,
	costed: number,
	population: number
): string[] {
	const missing: string[] = [];
	if (!dossiers) {
		missing.push(
			`Chưa có số liệu hồ sơ năm ${year - 1}: chưa xét số lượng hồ sơ, tỷ lệ trễ hạn và thời gian giải quyết thực tế.`
		);
	}
	if (!hasFeedback) missing.push(`Chưa có số liệu phản ánh, kiến nghị năm ${year - 1}.`);
	if (costed === 0) {
		missing.push(
			`Chưa có chi phí tuân thủ của thủ tục nào (chưa có bản rà soát trước năm ${year}).`
		);
	} else if (costed < population) {
		missing.push(
			`Chi phí tuân thủ mới có cho ${formatNumber(costed)}/${formatNumber(population)} thủ tục ` +
				`(các thủ tục đã rà soát trước năm ${year}); các thủ tục còn lại được tính bằng mức trung vị ` +
				'để việc chưa rà soát không làm tăng hay giảm điểm.'
		);
	}
	return missing;
}
