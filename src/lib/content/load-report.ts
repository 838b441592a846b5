import { organisation } from '../../config/organisation';
import { UserError } from '../cli/run';
import { loadYearReports } from '../dossiers/year-reports';
import { buildReport, type ReportData } from '../report/build-report';
import { reviewPageYears } from '../review/content';
import { scoreYear } from '../review/score/score-year';
import { loadPlan, loadReviewContent } from './load-review-content';

const cache = new Map<string, Promise<ReportData>>();

/** Years with a report: every year with review records, and the year of the next plan. */
export function reportYears(root: string = process.cwd()): number[] {
	return reviewPageYears(loadReviewContent(root));
}

/**
 * The report data of `year` from the project’s content, plan, scores and dossier files: what the
 * page, the endpoints and `npm run review -- report` all print. Cached per root and year, because
 * a build asks for it once per page and once per download.
 */
export function loadReport(year: number, root: string = process.cwd()): Promise<ReportData> {
	const years = reportYears(root);
	if (!years.includes(year)) {
		const known = years.length > 0 ? `có báo cáo cho năm ${years.join(', ')}` : 'chưa có báo cáo nào';
		throw new UserError(`năm ${year} không có kế hoạch hay bản rà soát nào; ${known}`);
	}
	const key = `${root}\n${year}`;
	let report = cache.get(key);
	if (!report) {
		report = build(year, root);
		cache.set(key, report);
		// A failed load is not kept, so that the next call tries again.
		report.catch(() => cache.delete(key));
	}
	return report;
}

async function build(year: number, root: string): Promise<ReportData> {
	const content = loadReviewContent(root);
	const dossierYears = await loadYearReports(
		root,
		content.procedures.map(({ id, data }) => ({
			id,
			code: data.code,
			name: data.name,
			field: data.field,
		}))
	);
	return buildReport({
		year,
		content,
		plan: await loadPlan(year, undefined, root),
		scores: scoreYear(content, year),
		dossiers: dossierYears.find((entry) => entry.year === year)?.report,
		organisation,
	});
}
