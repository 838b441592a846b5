import type { Organisation } from '../../config/organisation';
import type { DossierReport } from '../dossiers/report';
import type { ReviewContent } from '../review/content';
import type { Plan } from '../review/plan/build-plan';
import { scoringRules } from '../review/score/rules';
import type { YearScores } from '../review/score/score-year';
import { planSection, type PlanOrganisation, type PlanSection } from './plan-section';
import { resultsSection, type ResultsSection } from './results-section';

/** Everything a report computes from: the library results of one year. */
export interface ReportInput {
	year: number;
	content: ReviewContent;
	/** `buildPlan` of the year. */
	plan: Plan;
	/** `scoreYear` of the year. */
	scores: YearScores;
	/** Dossier statistics of the dossiers received in the year, when there are any. */
	dossiers?: DossierReport;
	organisation: PlanOrganisation & Pick<Organisation, 'agency'>;
	/** Day progress is measured on, yyyy-mm-dd; today by default. */
	asOf?: string;
}

/**
 * The figures of one year’s leadership report, as plain data. The page, the DOCX plan and
 * report, the workbook and the Markdown all print from this, so they cannot disagree.
 */
export interface ReportData {
	year: number;
	/** Whether any figure comes from sample data; `sampleNotes` say which. */
	sample: boolean;
	sampleNotes: string[];
	/** W used for time costs. */
	hourlyIncome: { value: number; year: number; verified: boolean; derivation: string };
	plan: PlanSection;
	/** Absent while the year has no review record. */
	results?: ResultsSection;
	/** Dossiers received in the year; absent when there is no dossier data for it. */
	dossiers?: DossierReport;
	/** The scoring and cost rules in Vietnamese, for the annex. */
	rules: string[];
}

/** Builds the report data of `input.year` from the plan, the scores and the dossier statistics. */
export function buildReport(input: ReportInput): ReportData {
	const { year, content, plan, scores, dossiers } = input;
	const results = resultsSection(scores, content.reviews);
	const sampleNotes = [
		...(scores.sample
			? [
					`Các bản rà soát năm ${year} là dữ liệu mẫu do dự án soạn để minh họa, không phải kết quả rà soát thật.`,
				]
			: []),
		...plan.notes.map((note) => `Căn cứ lựa chọn của kế hoạch: ${lowerFirst(note)}`),
		...(dossiers?.sample
			? [
					`Số liệu hồ sơ năm ${year} là dữ liệu mẫu sinh tự động, không phải số liệu thật của Bộ phận Một cửa.`,
				]
			: []),
	];
	const { hourlyIncome } = content.config;
	return {
		year,
		sample: sampleNotes.length > 0,
		sampleNotes,
		hourlyIncome: {
			value: hourlyIncome.value,
			year: hourlyIncome.year,
			verified: hourlyIncome.verified,
			derivation: hourlyIncome.derivation,
		},
		plan: planSection(plan, content.config, content.reviews, input.organisation, input.asOf),
		...(results && { results }),
		...(dossiers && { dossiers }),
		rules: scoringRules(content.config),
	};
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
