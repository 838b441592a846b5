import { organisation as defaultOrganisation, type Organisation } from '../../config/organisation';
import { UserError } from '../cli/run';
import { loadReviewContent } from '../content/load-review-content';
import { procedureById, type ReviewContent } from '../review/content';
import { scoreRecord } from '../review/score/score-record';
import { scoreYear } from '../review/score/score-year';
import { decisionContent } from './decision/decision-content';
import { decisionRecords, type DecisionScope } from './decision/decision-records';
import { documentBytes } from './docx/document';
import { formBytes } from './docx/form-document';
import { formContent } from './form/form-content';
import { buildContentDir, type ContentDir } from '../content/content-dir';

/** File name of the filled form of one review. */
export function formFileName(year: number, id: string): string {
	return `bieu-mau-02-rs-kstt-${id}-${year}.docx`;
}

/** File name of a draft decision: the year’s, or one procedure’s. */
export function decisionFileName(year: number, id?: string): string {
	return id
		? `du-thao-quyet-dinh-${id}-${year}.docx`
		: `du-thao-quyet-dinh-thong-qua-phuong-an-${year}.docx`;
}

/** The review of `id` in `year`, or a clear stop. */
function findReview(content: ReviewContent, year: number, id: string) {
	const review = content.reviews.find(
		(entry) => entry.data.year === year && entry.data.procedure === id
	);
	if (!review) {
		const ids = content.reviews
			.filter((entry) => entry.data.year === year)
			.map((entry) => entry.data.procedure);
		throw new UserError(
			`không có bản rà soát ${id} năm ${year} (content/reviews/${year}/${id}.md)${ids.length > 0 ? `; năm ${year} có: ${ids.join(', ')}` : ''}`
		);
	}
	return review;
}

/** The filled Biểu mẫu 02/RS-KSTT of one review, as .docx bytes. */
export async function renderForm(
	year: number,
	id: string,
	at: ContentDir = buildContentDir(),
	organisation: Organisation = defaultOrganisation
): Promise<Uint8Array<ArrayBuffer>> {
	const content = loadReviewContent(at);
	const review = findReview(content, year, id);
	const procedure = procedureById(content, id);
	const score = scoreRecord(review, procedure, content.config);
	return formBytes(
		formContent(
			review.data,
			procedure?.data,
			score,
			content.config.hourlyIncome.value,
			organisation
		)
	);
}

/** Whether a draft decision can be made for `scope` in `year`: some option to adopt. */
export function hasDecision(
	year: number,
	scope: DecisionScope = {},
	at: ContentDir = buildContentDir()
): boolean {
	const content = loadReviewContent(at);
	return decisionRecords(content, scoreYear(content, year), scope).length > 0;
}

/** The draft Quyết định thông qua phương án đơn giản hóa of `year` (or one procedure, or one field), as .docx bytes. */
export async function renderDecision(
	year: number,
	scope: DecisionScope = {},
	at: ContentDir = buildContentDir(),
	organisation: Organisation = defaultOrganisation
): Promise<Uint8Array<ArrayBuffer>> {
	const content = loadReviewContent(at);
	if (scope.id) findReview(content, year, scope.id);
	const records = decisionRecords(content, scoreYear(content, year), scope);
	if (records.length === 0) {
		throw new UserError(
			scope.id
				? `bản rà soát ${scope.id} năm ${year} giữ nguyên thủ tục: không có phương án để thông qua`
				: `năm ${year} chưa có phương án nào đã kiểm soát chất lượng mà chưa thông qua${scope.field ? ` trong lĩnh vực ${scope.field}` : ''}; dùng --id để soạn cho một thủ tục`
		);
	}
	return documentBytes(decisionContent(year, records, organisation));
}
