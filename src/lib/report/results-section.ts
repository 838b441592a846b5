import type { ReviewStatus } from '../../schemas/review-record';
import { reviewStatusLabels, reviewStatuses } from '../../schemas/review-record';
import {
	changeKindLabels,
	optionActionLabels,
	optionActions,
	type ChangeKind,
	type Option,
	type OptionAction,
} from '../../schemas/simplification-option';
import type { ReviewEntry } from '../review/content';
import type { Finding } from '../review/score/criteria';
import type { RecordScore } from '../review/score/score-record';
import type { YearScores } from '../review/score/score-year';
import { savingConcentration, type SavingConcentration } from './concentration';
import { costLine, type CostLine } from './cost-line';
import { fieldLines, type FieldLine } from './field-lines';
import { proposalGroups, type ProposalGroup } from './proposals';
import { targetLabels } from './plan-section';

/** One proposed change of an option, with where the law must change and who decides. */
export interface ChangeLine {
	kind: ChangeKind;
	kindLabel: string;
	what: string;
	reason: string;
	document: string;
	provision?: string;
	decidedBy: string;
	due?: string;
}

/** One reviewed procedure: its scores, findings, option, status and cost. */
export interface ResultRow {
	id: string;
	name: string;
	field: string;
	sample: boolean;
	status: ReviewStatus;
	/** Decision adopting the option, once adopted. */
	decision?: string;
	necessity: number;
	reasonableness: number;
	legality: number;
	recommendation: OptionAction;
	proposedAction: OptionAction;
	findings: Finding[];
	/** The option in one or two sentences. */
	summary: string;
	changes: ChangeLine[];
	cost: CostLine;
}

/** The changes of an option as the documents print them, with the law to change and who decides. */
export function changeLines(option: Pick<Option, 'changes'>): ChangeLine[] {
	return option.changes.map((change) => ({
		kind: change.kind,
		kindLabel: changeKindLabels[change.kind],
		what: change.what,
		reason: change.reason,
		...change.legalChange,
	}));
}

/** One assessment criterion over all reviews of the year. */
export interface CriterionLine {
	key: 'necessity' | 'reasonableness' | 'legality';
	label: string;
	/** Mean score (0–100, one decimal). */
	average: number;
	lowest: number;
	/** Reviews with at least one finding under this criterion. */
	withFindings: number;
}

/** A cut achieved against its target. */
export interface TargetResult {
	key: 'cost' | 'count' | 'time';
	label: string;
	/** How the achieved share is measured, in words. */
	measure: string;
	achieved: number;
	target: number;
	met: boolean;
	basis: string;
}

/** The results part of a report, for a year with review records. */
export interface ResultsSection {
	records: ResultRow[];
	criteria: CriterionLine[];
	/** Reviews per recommendation and per status, in the order of the lists, zeros included. */
	recommendations: { action: OptionAction; label: string; count: number }[];
	statuses: { status: ReviewStatus; label: string; count: number }[];
	/** Σ yearly cost before and after, saving, R_G = Σ saving ÷ Σ before, and hours a year. */
	totals: YearScores['totals'];
	targets: TargetResult[];
	byField: FieldLine[];
	proposals: ProposalGroup[];
	/** Each procedure’s share of the saving, and the median rate beside the weighted one. */
	concentration: SavingConcentration;
}

const criterionLabels: Record<CriterionLine['key'], string> = {
	necessity: 'Sự cần thiết',
	reasonableness: 'Tính hợp lý',
	legality: 'Tính hợp pháp',
};

const targetMeasures: Record<TargetResult['key'], string> = {
	cost: 'Σ tiết kiệm ÷ Σ chi phí hiện nay',
	count: 'số đề xuất bãi bỏ ÷ số đã rà soát',
	time: 'Σ ngày rút ngắn ÷ Σ ngày hiện nay',
};

/** The year’s target checks as a list, in the order cost, count, time. */
export function targetResults(targets: YearScores['targets']): TargetResult[] {
	return (['cost', 'count', 'time'] as const).flatMap((key) => {
		const check = targets[key];
		return check ? [{ key, label: targetLabels[key], measure: targetMeasures[key], ...check }] : [];
	});
}

function oneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

function criterion(records: RecordScore[], key: CriterionLine['key']): CriterionLine {
	const values = records.map((record) => record[key]);
	return {
		key,
		label: criterionLabels[key],
		average: oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length),
		lowest: Math.min(...values),
		withFindings: records.filter((record) =>
			record.findings.some((finding) => finding.section === key)
		).length,
	};
}

/**
 * Arranges the scores of a year for the report, with each record’s option and cost inputs from
 * its review file; `undefined` when the year has no review yet.
 */
export function resultsSection(
	scores: YearScores,
	reviews: readonly ReviewEntry[]
): ResultsSection | undefined {
	if (scores.records.length === 0) return undefined;
	const records = scores.records.map((score): ResultRow => {
		const review = reviews.find(
			(entry) => entry.data.year === scores.year && entry.data.procedure === score.id
		)!.data;
		return {
			id: score.id,
			name: score.name,
			field: score.field,
			sample: score.sample,
			status: score.status,
			...(review.decision && { decision: review.decision }),
			necessity: score.necessity,
			reasonableness: score.reasonableness,
			legality: score.legality,
			recommendation: score.recommendation,
			proposedAction: score.proposedAction,
			findings: score.findings,
			summary: review.option.summary ?? 'Chưa có phương án.',
			changes: changeLines(review.option),
			cost: costLine(review, score.cost, scores.hourlyIncome.value),
		};
	});
	const count = <T>(values: T[], value: T) => values.filter((item) => item === value).length;
	return {
		records,
		criteria: (['necessity', 'reasonableness', 'legality'] as const).map((key) =>
			criterion(scores.records, key)
		),
		recommendations: optionActions.map((action) => ({
			action,
			label: optionActionLabels[action],
			count: scores.recommendations[action],
		})),
		statuses: reviewStatuses.map((status) => ({
			status,
			label: reviewStatusLabels[status],
			count: count(
				records.map((record) => record.status),
				status
			),
		})),
		totals: scores.totals,
		targets: targetResults(scores.targets),
		byField: fieldLines(records),
		proposals: proposalGroups(records),
		concentration: savingConcentration(records),
	};
}
