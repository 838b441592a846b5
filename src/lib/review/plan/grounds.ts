import type { PlanGround } from '../../../schemas/review-config';
import { timeUnitLabels, type TimeUnit } from '../../../schemas/time-limit';
import { formatDong, formatNumber, formatPercent } from '../../format/vi';
import type { DossierSignal } from './dossier-signals';

/** What the plan knows about one procedure before weighing it. */
export interface ProcedureFacts {
	id: string;
	name: string;
	field: string;
	dossiers?: DossierSignal;
	feedback?: number;
	/** Yearly compliance cost from the latest earlier review. */
	yearlyCost?: { value: number; year: number };
	burden: { papers: number; sheets: number };
	timeLimit?: { value: number; unit: TimeUnit; days: number };
	lastReviewYear?: number;
	newLegalDocuments: string[];
	/** Papers of the dossier a national database holds, and those databases (once-only finder). */
	onceOnly?: { papers: number; databases: string[] };
}

/** Largest values in the population, to scale each ground to 0–1. */
export interface Maxima {
	received: number;
	feedback: number;
	yearlyCost: number;
	sheets: number;
	/** Most papers a national database holds, in one procedure. */
	onceOnly?: number;
}

/** Settings and labels the grounds need. */
export interface GroundContext {
	year: number;
	coverageYears: number;
	longTimeLimitDays: number;
	/** Years the dossier and feedback figures describe, for the sentences. */
	dossierYears: string;
	feedbackYear: number;
	feedbackSample: boolean;
	dossierSample: boolean;
	/**
	 * Cost factor given to procedures without a cost estimate: the median of the known ones, so
	 * that never having been reviewed (and so having no estimate) is neither a bonus nor a penalty.
	 */
	medianCostFactor: number;
}

/** A ground’s strength (0–1) for one procedure and the reason in Vietnamese (none when imputed). */
export interface GroundValue {
	factor: number;
	text?: string;
}

type GroundRule = (
	facts: ProcedureFacts,
	maxima: Maxima,
	context: GroundContext
) => GroundValue | undefined;

const sampleMark = (sample: boolean) => (sample ? ' (dữ liệu mẫu)' : '');

/** log(1 + x) ÷ log(1 + max): a few very busy procedures should not flatten all the others. */
function logScale(value: number, max: number): number {
	return max <= 0 ? 0 : Math.log1p(value) / Math.log1p(max);
}

/** Strength of the yearly-cost ground for a known cost. */
export function costFactor(value: number, maxima: Maxima): number {
	return logScale(value, maxima.yearlyCost);
}

function limitText(limit: { value: number; unit: TimeUnit }): string {
	return `${formatNumber(limit.value)} ${timeUnitLabels[limit.unit]}`;
}

/** One rule per ground; each returns nothing when the ground does not apply. */
export const groundRules: Record<PlanGround, GroundRule> = {
	volume: ({ dossiers }, maxima, context) =>
		dossiers && dossiers.received > 0
			? {
					factor: logScale(dossiers.received, maxima.received),
					text: `Nhiều hồ sơ: ${formatNumber(dossiers.received)} hồ sơ năm ${context.dossierYears}${sampleMark(context.dossierSample)}`,
				}
			: undefined,
	feedback: ({ feedback }, maxima, context) =>
		feedback
			? {
					factor: logScale(feedback, maxima.feedback),
					text: `${formatNumber(feedback)} phản ánh, kiến nghị năm ${context.feedbackYear}${sampleMark(context.feedbackSample)}`,
				}
			: undefined,
	lateRate: ({ dossiers }, _maxima, context) =>
		dossiers && dossiers.finished > 0 && dossiers.late > 0
			? {
					factor: dossiers.late / dossiers.finished,
					text: `Tỷ lệ trễ hạn ${formatPercent(dossiers.late / dossiers.finished)} (${formatNumber(dossiers.late)}/${formatNumber(dossiers.finished)} hồ sơ năm ${context.dossierYears})${sampleMark(context.dossierSample)}`,
				}
			: undefined,
	timeSlack: ({ dossiers, timeLimit }, _maxima, context) => {
		if (!timeLimit) return undefined;
		const actual = dossiers?.avgHandlingDays;
		if (actual !== undefined) {
			if (actual >= timeLimit.days) return undefined;
			return {
				factor: (timeLimit.days - actual) / timeLimit.days,
				text: `Thời hạn ${limitText(timeLimit)} (≈ ${formatNumber(timeLimit.days)} ngày) dài hơn thời gian giải quyết thực tế bình quân ${formatNumber(actual)} ngày`,
			};
		}
		if (timeLimit.days < context.longTimeLimitDays) return undefined;
		// Without handling times, a long limit is only half a ground: it may or may not be needed.
		return {
			factor: 0.5,
			text: `Thời hạn giải quyết dài: ${limitText(timeLimit)} (từ ${formatNumber(context.longTimeLimitDays)} ngày trở lên; chưa có thời gian giải quyết thực tế)`,
		};
	},
	yearlyCost: ({ yearlyCost }, maxima, context) =>
		yearlyCost
			? {
					factor: costFactor(yearlyCost.value, maxima),
					text: `Chi phí tuân thủ ước tính ${formatDong(yearlyCost.value)}/năm (rà soát năm ${yearlyCost.year})`,
				}
			: { factor: context.medianCostFactor },
	dossierBurden: ({ burden }, maxima) =>
		burden.papers > 0
			? {
					factor: maxima.sheets === 0 ? 0 : burden.sheets / maxima.sheets,
					text: `Hồ sơ gồm ${formatNumber(burden.papers)} loại giấy tờ, ${formatNumber(burden.sheets)} bản`,
				}
			: undefined,
	yearsSinceReview: ({ lastReviewYear }, _maxima, context) => {
		if (lastReviewYear === undefined) {
			return { factor: 1, text: 'Chưa được rà soát, đánh giá lần nào trong hệ thống' };
		}
		const years = context.year - lastReviewYear;
		return {
			factor: Math.min(years, context.coverageYears) / context.coverageYears,
			text: `Lần rà soát gần nhất năm ${lastReviewYear} (cách ${formatNumber(years)} năm)`,
		};
	},
	onceOnly: ({ onceOnly }, maxima) =>
		onceOnly && onceOnly.papers > 0 && maxima.onceOnly
			? {
					factor: onceOnly.papers / maxima.onceOnly,
					text: `${formatNumber(onceOnly.papers)} giấy tờ Nhà nước đã có dữ liệu, có thể thay bằng khai thác ${onceOnly.databases.join(', ')}`,
				}
			: undefined,
	legalChange: ({ newLegalDocuments }) =>
		newLegalDocuments.length > 0
			? { factor: 1, text: `Căn cứ pháp lý thay đổi: ${newLegalDocuments.join(', ')}` }
			: undefined,
};
