import { escapeUTF8 } from 'entities';
import { Feed } from 'feed';
import type { TrackedField } from '../../schemas/change-set';
import { todayInVietnam } from '../format/today';
import { formatDate } from '../format/vi';
import { procedureUrl } from '../procedure/entry';
import { changeSetName, changeSetUrl } from './change-anchor';
import { changeSetKindLabels, procedureChangeLabels } from './change-labels';
import { describeFieldChange, describeWhenAndWhy } from './describe-change';
import { fieldLabels, fieldSlugs } from './field-labels';
import { filterByField } from './filter-field';
import type { LoggedChangeSet } from './read-change-log';

/** Entries a feed carries: readers only look at the recent ones; the open data has them all. */
export const feedEntryLimit = 50;

/** What a feed is about and where it lives. */
export interface FeedOptions {
	/** Change sets with changes, newest first. */
	sets: readonly LoggedChangeSet[];
	/** Only this field’s changes, for the field’s own feed. */
	field?: TrackedField;
	/** The site’s address; links and ids are absolute. */
	site: URL;
	/** Who publishes it (the Atom author). */
	publisher: string;
	/** The day the log started, for `updated` while it holds no change yet. */
	since?: string;
	/** The build time, for a log that has not started. */
	now?: Date;
}

/** A day as the instant it starts in Viet Nam, for Atom’s `updated`. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+07:00`);

/**
 * The Atom 1.0 feed of the change log, or of one field’s changes: one entry per change set,
 * its id a tag URI built from the set’s file name (files are never renamed, so ids never move),
 * `updated` the day it was recorded, its content the plain-words lines of the pages.
 */
export function changeFeed(options: FeedOptions): string {
	const { site, field } = options;
	const slug = field ? fieldSlugs[field] : undefined;
	const sets = filterByField(options.sets, field).slice(0, feedEntryLimit);
	const path = slug ? `/thay-doi/${slug}.xml` : '/thay-doi.xml';
	const latest = sets[0]?.set.date ?? options.since;
	const now = options.now ?? new Date();
	const started = options.since ?? options.sets.at(-1)?.set.date ?? todayInVietnam(now);
	const tag = (name: string) => `tag:${site.hostname},${name.slice(0, 10)}:thay-doi/${name}`;
	const feed = new Feed({
		// Stable: the day the log started never changes, nor does a file’s name.
		id: `tag:${site.hostname},${started}:thay-doi${slug ? `/${slug}` : ''}`,
		title: field
			? `Thay đổi thủ tục hành chính: ${fieldLabels[field]}`
			: 'Thay đổi thủ tục hành chính',
		updated: latest ? dayStart(latest) : now,
		link: new URL(slug ? `/thay-doi/${slug}/` : '/thay-doi/', site).href,
		feedLinks: { atom: new URL(path, site).href },
		language: 'vi',
		author: { name: options.publisher },
		generator: false,
	});
	for (const { file, set } of sets) {
		const name = changeSetName(file);
		feed.addItem({
			id: tag(name) + (slug ? `/${slug}` : ''),
			title: `${formatDate(set.date)}: ${changeSetKindLabels[set.kind]} – ${set.changes.length} thủ tục`,
			link: new URL(changeSetUrl(file, slug), site).href,
			date: dayStart(set.date),
			content: entryHtml({ file, set }, site),
		});
	}
	return feed.atom1();
}

/** The entry’s content: the note, then each procedure with its changes, escaped as HTML. */
function entryHtml({ set }: LoggedChangeSet, site: URL): string {
	const text = escapeUTF8;
	const note = set.note ? `<p>${text(set.note)}</p>` : '';
	const items = set.changes.map((change) => {
		const href = text(new URL(procedureUrl(change.id), site).href);
		const lines = change.fields.map((field) => `<li>${text(describeFieldChange(field))}</li>`);
		const why = text(describeWhenAndWhy(set, change).replace(/^, /, ''));
		return (
			`<li><a href="${href}">${text(change.name)}</a>: ${text(procedureChangeLabels[change.change])}` +
			(why ? ` (${why})` : '') +
			(lines.length > 0 ? `<ul>${lines.join('')}</ul>` : '') +
			'</li>'
		);
	});
	return `${note}<ul>${items.join('')}</ul>`;
}
