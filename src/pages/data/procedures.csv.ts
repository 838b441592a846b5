import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { procedureCsv } from '../../lib/open-data/dataset';

/**
 * Open data: one row per procedure, UTF-8 with a byte-order mark so Excel opens it correctly.
 * Without a public address (`SITE_URL`), the `trang` column holds each page’s path.
 */
export const GET: APIRoute = async ({ site }) => {
	const entries = await getCollection('procedures');
	return new Response(procedureCsv(entries, site), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
