import { organisation } from '../../config/organisation';
import { UserError } from '../cli/run';
import { loadYearReports } from '../dossiers/year-reports';
import { buildReport, type ReportData } from '../report/build-report';
import { reviewPageYears } from '../review/content';
import { scoreYear } from '../review/score/score-year';
import type { ContentDir } from './content-dir';
import { loadPlan, loadReviewContent } from './load-review-content';
import { summaryOf } from './procedure-summary';

const cache = new Map<string, Promise<ReportData>>();

/** Years with a report: every year with review records, and the year of the next plan. */
export function reportYears(at: ContentDir): number[] {
	return reviewPageYears(loadReviewContent(at));
}

/**
 * The report data of `year` from the project’s content, plan, scores and dossier files: what the
 * page, the endpoints and `npm run review -- report` all print. Cached per content folder and year, because
 * a build asks for it once per page and once per download.
 */
export function loadReport(year: number, at: ContentDir): Promise<ReportData> {
	const years = reportYears(at);
	if (!years.includes(year)) {
		const known =
			years.length > 0 ? `có báo cáo cho năm ${years.join(', ')}` : 'chưa có báo cáo nào';
		throw new UserError(`năm ${year} không có kế hoạch hay bản rà soát nào; ${known}`);
	}
	const key = `${at.dir}\n${year}`;
	let report = cache.get(key);
	if (!report) {
		report = build(year, at);
		cache.set(key, report);
		// A failed load is not kept, so that the next call tries again.
		report.catch(() => cache.delete(key));
	}
	return report;
}

async function build(year: number, at: ContentDir): Promise<ReportData> {
	const content = loadReviewContent(at);
	const dossierYears = await loadYearReports(
		at,
		content.procedures.map((procedure) => {
			// From the summary: the records of thousands of procedures are not read for a report.
			const { code, name, field } = summaryOf(procedure);
			return { id: procedure.id, code, name, field };
		})
	);
	return buildReport({
		year,
		content,
		plan: await loadPlan(year, undefined, at),
		scores: scoreYear(content, year),
		dossiers: dossierYears.find((entry) => entry.year === year)?.report,
		organisation,
	});
}
