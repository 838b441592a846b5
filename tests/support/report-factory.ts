import { organisation, type Organisation } from '../../src/config/organisation';
import { buildReport, type ReportData } from '../../src/lib/report/build-report';
import type { ReviewContent } from '../../src/lib/review/content';
import { buildPlan } from '../../src/lib/review/plan/build-plan';
import { scoreYear } from '../../src/lib/review/score/score-year';
import { mockProcedure } from './procedure-factory';
import { mockReview, reviewContent } from './review-factory';

/**
 * Ten active procedures in two fields and two 2026 reviews: 1.002153 (Luật sư, a change decided
 * by Bộ Tư pháp) and 2.002039 (Quốc tịch, abolished, decided by Quốc hội).
 */
export function mockReportContent(): ReviewContent {
	const procedures = [
		mockProcedure(),
		mockProcedure({ code: '2.002039', name: 'Nhập quốc tịch Việt Nam', field: 'Quốc tịch' }),
		...Array.from({ length: 8 }, (_, index) =>
			mockProcedure({
				code: `1.${String(index + 1).padStart(6, '0')}`,
				name: `Thủ tục ${index + 1}`,
				field: index < 4 ? 'Luật sư' : 'Chứng thực',
			})
		),
	];
	const abolished = mockReview({
		procedure: '2.002039',
		status: 'adopted',
		decision: 'QĐ 1/QĐ-UBND',
	});
	abolished.option = {
		action: 'abolish',
		summary: 'Bãi bỏ thủ tục.',
		changes: [
			{
				kind: 'other',
				component: 'name',
				what: 'Bãi bỏ thủ tục.',
				reason: 'Không còn cần thiết.',
				legalChange: { document: 'Luật Quốc tịch', provision: 'Điều 19', decidedBy: 'Quốc hội' },
			},
		],
	};
	return reviewContent({ procedures, reviews: [mockReview(), abolished] });
}

/** The report of `year` built from `content` the way `loadReport` builds it, without dossiers. */
export function mockReport(
	content: ReviewContent = mockReportContent(),
	year = 2026,
	org: Organisation = organisation
): ReportData {
	return buildReport({
		year,
		content,
		plan: buildPlan(content, { year }),
		scores: scoreYear(content, year),
		organisation: org,
		asOf: `${year}-03-01`,
	});
}
