import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { changeFeed } from '../../../src/lib/changes/atom-feed';
import type { LoggedChangeSet } from '../../../src/lib/changes/read-change-log';
import { reimportedChangeLog } from '../../support/change-log-factory';

const atom = 'http://www.w3.org/2005/Atom';
const site = new URL('https://tthc.example.gov.vn/');
let sets: LoggedChangeSet[];

beforeAll(async () => {
	sets = (await reimportedChangeLog()).reverse();
});

/** Parses a feed with a real XML parser; a parse error fails the test. */
function parseFeed(xml: string): Document {
	const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
	expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
	return document;
}

/** The text of the one Atom child `name` of `parent`. */
function child(parent: Element, name: string): string {
	const found = [...parent.children].filter(
		(element) => element.namespaceURI === atom && element.localName === name
	);
	expect(found, `<${name}> of <${parent.localName}>`).toHaveLength(1);
	return found[0]!.textContent ?? '';
}

const isoDate = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

describe('changeFeed', () => {
	test('returns an Atom 1.0 feed with the required elements of feed and entries', () => {
		const document = parseFeed(changeFeed({ sets, site, publisher: 'Sở Tư pháp' }));
		const feed = document.documentElement;
		expect([feed.namespaceURI, feed.localName]).toEqual([atom, 'feed']);
		expect(child(feed, 'id')).toMatch(/^tag:tthc\.example\.gov\.vn,2026-01-02:thay-doi$/);
		expect(child(feed, 'title')).toBe('Thay đổi thủ tục hành chính');
		expect(child(feed, 'updated')).toMatch(isoDate);
		expect(feed.getElementsByTagNameNS(atom, 'author')[0]?.textContent).toContain('Sở Tư pháp');
		const entries = [...feed.getElementsByTagNameNS(atom, 'entry')];
		expect(entries).toHaveLength(2);
		for (const entry of entries) {
			expect(child(entry, 'id')).toMatch(/^tag:/);
			expect(child(entry, 'title')).not.toBe('');
			expect(child(entry, 'updated')).toMatch(isoDate);
			const link = entry.getElementsByTagNameNS(atom, 'link')[0];
			expect(new URL(link?.getAttribute('href') ?? '').origin).toBe(site.origin);
		}
		const first = entries[0]!;
		expect(child(first, 'updated')).toBe('2026-03-03T17:00:00.000Z');
		const content = new JSDOM(child(first, 'content')).window.document.body.textContent;
		expect(content).toContain('Phí, lệ phí (Trực tiếp): Miễn phí → 50.000 đ');
		expect(content).toContain('theo Quyết định 2000/QĐ-BTP');
	});

	test('returns the same ids on every build, one per change set', () => {
		const ids = (xml: string) =>
			[...parseFeed(xml).getElementsByTagNameNS(atom, 'entry')].map((entry) => child(entry, 'id'));
		const once = ids(changeFeed({ sets, site, publisher: 'Sở Tư pháp' }));
		const again = ids(changeFeed({ sets, site, publisher: 'Sở Tư pháp', now: new Date(0) }));
		expect(again).toEqual(once);
		expect(new Set(once).size).toBe(once.length);
		expect(once[0]).toBe('tag:tthc.example.gov.vn,2026-03-04:thay-doi/2026-03-04-1-import');
	});

	test('returns only the change sets that touch a field in that field’s feed', () => {
		const document = parseFeed(changeFeed({ sets, site, publisher: 'Sở Tư pháp', field: 'fees' }));
		const feed = document.documentElement;
		expect(child(feed, 'title')).toBe('Thay đổi thủ tục hành chính: Phí, lệ phí');
		const entries = [...feed.getElementsByTagNameNS(atom, 'entry')];
		expect(entries).toHaveLength(1);
		const content = child(entries[0]!, 'content');
		expect(content).toContain('50.000 đ');
		expect(content).not.toContain('Thành phần hồ sơ');
	});

	test('returns a valid feed without entries before any change', () => {
		const document = parseFeed(
			changeFeed({ sets: [], site, publisher: 'Sở Tư pháp', since: '2026-11-28' })
		);
		expect(child(document.documentElement, 'updated')).toBe('2026-11-27T17:00:00.000Z');
		expect(document.getElementsByTagNameNS(atom, 'entry')).toHaveLength(0);
	});
});
