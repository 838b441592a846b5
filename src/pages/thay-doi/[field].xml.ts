import type { APIRoute } from 'astro';
import { organisation } from '../../config/organisation';
import { changeFeed } from '../../lib/changes/atom-feed';
import { changeIndex } from '../../lib/changes/change-index';
import { fieldSlugs } from '../../lib/changes/field-labels';
import { trackedFields, type TrackedField } from '../../schemas/change-set';

export function getStaticPaths() {
	return trackedFields.map((field) => ({ params: { field: fieldSlugs[field] }, props: { field } }));
}

/** Atom feed of one field’s changes, e.g. `/thay-doi/phi-le-phi.xml`. */
export const GET: APIRoute = ({ site, props }) => {
	const index = changeIndex();
	const xml = changeFeed({
		sets: index.sets,
		field: (props as { field: TrackedField }).field,
		site: site ?? new URL('http://localhost/'),
		publisher: organisation.agency,
		...(index.baseline ? { since: index.baseline.set.date } : {}),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
