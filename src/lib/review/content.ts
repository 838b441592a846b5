import type { Procedure } from '../../schemas/procedure';
import type { ReviewConfig } from '../../schemas/review-config';
import type { Feedback } from '../../schemas/review-feedback';
import type { ReviewRecord } from '../../schemas/review-record';
import type { StateData } from '../../schemas/state-data';
import type { ProcedureSummary } from '../content/procedure-summary';

/**
 * A procedure as the review needs it: its file id and its validated record. From the content
 * loader it carries its summary too, and its record is read only when asked for (see
 * src/lib/content/procedure-summary.ts); the plan reads only the summary.
 */
export interface ProcedureEntry {
	id: string;
	readonly data: Procedure;
	summary?: ProcedureSummary;
}

/** A review record file, validated. */
export interface ReviewEntry {
	/** Path relative to the project root, for messages. */
	file: string;
	data: ReviewRecord;
	/** Markdown body: free-text findings. */
	body: string;
}

/** Everything the plan and the scores are computed from; built by the loader or by tests. */
export interface ReviewContent {
	config: ReviewConfig;
	procedures: ProcedureEntry[];
	reviews: ReviewEntry[];
	feedback: Feedback[];
	/** Papers national databases hold (content/review/state-data.md); the once-only ground needs it. */
	stateData?: StateData;
}

/** Finds a procedure by id. */
export function procedureById(
	content: Pick<ReviewContent, 'procedures'>,
	id: string
): ProcedureEntry | undefined {
	return content.procedures.find((procedure) => procedure.id === id);
}

/** Review years present in the content, oldest first. */
export function reviewYears(content: Pick<ReviewContent, 'reviews'>): number[] {
	return [...new Set(content.reviews.map((review) => review.data.year))].sort((a, b) => a - b);
}

/** Years the site shows a review page for: every year with records, and the year after the last (the next plan). */
export function reviewPageYears(content: Pick<ReviewContent, 'reviews'>): number[] {
	const years = reviewYears(content);
	const last = years.at(-1);
	return last === undefined ? [] : [...years, last + 1];
}
