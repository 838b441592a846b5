import type { ReviewConfig } from '../../../schemas/review-config';
import {
	legalityLabels,
	legalityQuestions,
	reasonablenessComponents,
	reasonablenessLabels,
	type Answer,
	type Legality,
	type Necessity,
	type Reasonableness,
} from '../../../schemas/review-form';
import { effectiveOk, rowFindings } from '../answers';

/** A “Không” of the form: what was found and what is proposed. */
export interface Finding {
	section: 'necessity' | 'reasonableness' | 'legality';
	/** Component or question, in Vietnamese. */
	label: string;
	reason: string;
	proposal?: string;
}

/** A criterion’s score (0–100, one decimal) and the findings behind it. */
export interface CriterionScore {
	score: number;
	findings: Finding[];
}

type Scoring = ReviewConfig['scoring'];

/** Rounds a 0–100 score to one decimal for display and comparison. */
function oneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * Necessity: the share of objectives that have not changed and are still met, × 100; no
 * objective scores 0 (“quản lý nhà nước” alone is no objective). When another measure could
 * meet the objectives (NEC.3) the score is capped at `alternativeCap`.
 */
export function scoreNecessity(necessity: Necessity, scoring: Scoring): CriterionScore {
	const { objectives, alternative } = necessity;
	const valid = objectives.filter((objective) => !objective.changed && objective.stillMet).length;
	let score = objectives.length === 0 ? 0 : (100 * valid) / objectives.length;
	const findings: Finding[] = objectives
		.filter((objective) => objective.changed || !objective.stillMet)
		.map((objective) => ({
			section: 'necessity',
			label: `Mục tiêu: ${objective.text}`,
			reason:
				objective.reason ??
				(objective.changed ? 'Mục tiêu đã thay đổi.' : 'Mục tiêu không còn đạt được.'),
		}));
	if (objectives.length === 0) {
		findings.push({
			section: 'necessity',
			label: 'Mục tiêu',
			reason: 'Không nêu được mục tiêu cụ thể của thủ tục.',
		});
	}
	if (alternative.exists) {
		score = Math.min(score, scoring.alternativeCap);
		findings.push({
			section: 'necessity',
			label: 'Biện pháp khác thay thế thủ tục (NEC.3)',
			reason: alternative.measure ?? 'Có biện pháp khác đạt được mục tiêu.',
			proposal: alternative.advantages,
		});
	}
	return { score: oneDecimal(score), findings };
}

/**
 * Weighted share of “Có” among the answered questions (not “không áp dụng”, not left open in a
 * draft), × 100; none answered scores 100. A component with a row answered “Không” (a paper, a
 * step, a condition) counts as “Không”, and each such row is a finding of its own.
 */
function answerScore(
	answers: [label: string, answer: Answer, weight: number][],
	section: Finding['section']
): CriterionScore {
	const answered = answers.filter(([, answer]) => effectiveOk(answer) != null);
	const total = answered.reduce((sum, [, , weight]) => sum + weight, 0);
	const yes = answered
		.filter(([, answer]) => effectiveOk(answer))
		.reduce((sum, [, , weight]) => sum + weight, 0);
	const findings = answered.flatMap(([label, answer]): Finding[] => [
		...(answer.ok === false
			? [{ section, label, reason: answer.reason ?? '', proposal: answer.proposal }]
			: []),
		...rowFindings(answer).map((row) => ({
			section,
			label: `${label}: ${row.item}`,
			reason: row.reason,
			proposal: row.proposal,
		})),
	]);
	return { score: total === 0 ? 100 : oneDecimal((100 * yes) / total), findings };
}

/**
 * Reasonableness: the weighted share of components (NĐ 63 Điều 8) answered “Có”, × 100.
 * Weights come from `scoring.componentWeights` (1 when not set); “không áp dụng” is left out.
 */
export function scoreReasonableness(
	reasonableness: Reasonableness,
	scoring: Scoring
): CriterionScore {
	return answerScore(
		reasonablenessComponents.map((key) => [
			reasonablenessLabels[key],
			reasonableness[key],
			scoring.componentWeights[key] ?? 1,
		]),
		'reasonableness'
	);
}

/** Legality: the share of the four questions of section IV answered “Có”, × 100. */
export function scoreLegality(legality: Legality): CriterionScore {
	return answerScore(
		legalityQuestions.map((key) => [legalityLabels[key], legality[key], 1]),
		'legality'
	);
}
