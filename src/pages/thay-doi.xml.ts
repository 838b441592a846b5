import type { APIRoute } from 'astro';
import { organisation } from '../config/organisation';
import { changeFeed } from '../lib/changes/atom-feed';
import { changeIndex } from '../lib/changes/change-index';

/** Atom feed of every change set, newest first. */
export const GET: APIRoute = ({ site }) => {
	const index = changeIndex();
	const xml = changeFeed({
		sets: index.sets,
		site: site ?? new URL('http://localhost/'),
		publisher: organisation.agency,
		...(index.baseline ? { since: index.baseline.set.date } : {}),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
