import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReport, reportYears } from '../../../lib/content/load-report';
import { loadReviewContent } from '../../../lib/content/load-review-content';
import { mediaTypes, reportFiles, type ReportFile } from '../../../lib/report/files';
import { renderReport } from '../../../lib/report/render';
import {
	decisionFileName,
	hasDecision,
	renderDecision,
} from '../../../lib/report/review-documents';
import { buildContentDir } from '../../../lib/content/content-dir';

/** The draft decision as a report file of its own kind. */
const decisionFile: ReportFile = {
	format: 'docx',
	name: 'decision',
	label: '',
	mediaType: mediaTypes.docx,
};

/** Every download of every report year; the results report only for years with reviews. */
export const getStaticPaths = (() => {
	const reviewed = new Set(
		loadReviewContent(buildContentDir()).reviews.map((review) => review.data.year)
	);
	return reportYears(buildContentDir()).flatMap((year) => [
		...reportFiles(year, reviewed.has(year)).map((file) => ({
			params: { year: String(year), file: file.name },
			props: { file },
		})),
		// The year’s draft decision, once an option passed the quality check (src/lib/report/review-documents.ts).
		...(hasDecision(year)
			? [
					{
						params: { year: String(year), file: decisionFileName(year) },
						props: { file: decisionFile },
					},
				]
			: []),
	]);
}) satisfies GetStaticPaths;

/**
 * Writes a report file at build time through `renderReport`, the same code path as
 * `npm run review -- report`, so a download and a CLI export of the same year are identical.
 */
export const GET: APIRoute<{ file: ReportFile }> = async ({ params, props }) => {
	if (props.file.name === decisionFile.name) {
		const body = await renderDecision(Number(params.year));
		return new Response(body, { headers: { 'Content-Type': props.file.mediaType } });
	}
	const data = await loadReport(Number(params.year), buildContentDir());
	const body = await renderReport(data, props.file.format, props.file.document);
	return new Response(body, { headers: { 'Content-Type': props.file.mediaType } });
};
