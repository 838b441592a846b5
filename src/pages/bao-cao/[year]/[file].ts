import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReport, reportYears } from '../../../lib/content/load-report';
import { loadReviewContent } from '../../../lib/content/load-review-content';
import { reportFiles, type ReportFile } from '../../../lib/report/files';
import { renderReport } from '../../../lib/report/render';

/** Every download of every report year; the results report only for years with reviews. */
export const getStaticPaths = (() => {
	const reviewed = new Set(loadReviewContent().reviews.map((review) => review.data.year));
	return reportYears().flatMap((year) =>
		reportFiles(year, reviewed.has(year)).map((file) => ({
			params: { year: String(year), file: file.name },
			props: { file },
		}))
	);
}) satisfies GetStaticPaths;

/**
 * Writes a report file at build time through `renderReport`, the same code path as
 * `npm run review -- report`, so a download and a CLI export of the same year are identical.
 */
export const GET: APIRoute<{ file: ReportFile }> = async ({ params, props }) => {
	const data = await loadReport(Number(params.year));
	const body = await renderReport(data, props.file.format, props.file.document);
	return new Response(body, { headers: { 'Content-Type': props.file.mediaType } });
};
