import type { APIRoute } from 'astro';
import { changeIndex } from '../../lib/changes/change-index';
import { changeLogCsv } from '../../lib/open-data/change-log';

/** Open data: one row per field change, UTF-8 with a byte-order mark so Excel opens it correctly. */
export const GET: APIRoute = ({ site }) =>
	new Response(changeLogCsv(changeIndex().all, site ?? new URL('http://localhost/')), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
