import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReviewContent } from '../../../../lib/content/load-review-content';
import { mediaTypes } from '../../../../lib/report/files';
import {
	decisionFileName,
	formFileName,
	hasDecision,
	renderDecision,
	renderForm,
} from '../../../../lib/report/review-documents';
import { buildContentDir } from '../../../../lib/content/content-dir';

/** The filled form of every review, and the draft decision of every review with an option to adopt. */
export const getStaticPaths = (() =>
	loadReviewContent(buildContentDir()).reviews.flatMap(({ data }) => {
		const params = { year: String(data.year), id: data.procedure };
		const scope = { id: data.procedure };
		return [
			{
				params: { ...params, file: formFileName(data.year, data.procedure) },
				props: { document: 'form' as const },
			},
			...(hasDecision(data.year, scope)
				? [
						{
							params: { ...params, file: decisionFileName(data.year, data.procedure) },
							props: { document: 'decision' as const },
						},
					]
				: []),
		];
	})) satisfies GetStaticPaths;

/** Writes the documents at build time with the code of `npm run review -- report --document form|decision`. */
export const GET: APIRoute<{ document: 'form' | 'decision' }> = async ({ params, props }) => {
	const year = Number(params.year);
	const id = params.id!;
	const body =
		props.document === 'form' ? await renderForm(year, id) : await renderDecision(year, { id });
	return new Response(body, { headers: { 'Content-Type': mediaTypes.docx } });
};
