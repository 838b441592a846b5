import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toSearchRecord } from '../lib/search/records';

/**
 * The instant-search index: one compact record per procedure, pre-folded at build time. A
 * static file fetched on focus keeps the records out of the page HTML (island props).
 */
export const GET: APIRoute = async () => {
	const entries = await getCollection('procedures');
	const records = entries
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((entry) => toSearchRecord({ id: entry.id, data: entry.data }));
	return new Response(JSON.stringify(records), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
