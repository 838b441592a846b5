import type { APIRoute } from 'astro';
import { changeIndex } from '../../lib/changes/change-index';
import { changeLogDataset } from '../../lib/open-data/change-log';

/** Open data: the whole change log, baseline included, newest change set first. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(changeLogDataset(changeIndex().all), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
