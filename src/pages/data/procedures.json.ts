import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { procedureDataset } from '../../lib/open-data/dataset';

/**
 * Open data: every procedure with its full structure, validated against the schema at build.
 * Without a public address (`SITE_URL`), each procedure’s `url` is its page’s path.
 */
export const GET: APIRoute = async ({ site }) => {
	const entries = await getCollection('procedures');
	const dataset = procedureDataset(entries, site);
	return new Response(JSON.stringify(dataset, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
