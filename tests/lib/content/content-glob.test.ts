import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { proceduresBase } from '../../../src/lib/content/content-glob';
import { readMarkdownDir } from '../../../src/lib/content/read-markdown';

const front = '---\ncode: null\n---\n';

/**
 * A content tree with every kind of name the two readers could disagree on: drafts, hidden
 * files, subfolders (plain, draft, and named like a file), links (working and broken), and
 * names that only look like Markdown.
 */
function fixtureTree(): string {
	const root = mkdtempSync(join(tmpdir(), 'tthc-glob-'));
	const dir = join(root, proceduresBase);
	const files = [
		'1.000001.md',
		'cap-the.md',
		'_draft.md',
		'.hidden.md',
		'UPPER.MD',
		'notes.txt',
		'luat-su/1.000002.md',
		'luat-su/sau/1.000003.md',
		'_nhap/1.000004.md',
		'x.md/inner.md',
	];
	for (const file of files) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), front);
	}
	symlinkSync(join(dir, 'cap-the.md'), join(dir, 'alias.md'));
	symlinkSync(join(dir, 'missing.md'), join(dir, 'gone.md'));
	return root;
}

/** Ids that Astro’s own loader of the `procedures` collection stores for the tree at `root`. */
async function astroIds(root: string): Promise<string[]> {
	const { collections } = await import('../../../src/content.config');
	// The collection’s own loader; its type is Astro’s union of loader kinds.
	const { loader } = collections.procedures as unknown as {
		loader: { load(context: unknown): Promise<void> };
	};
	const ids: string[] = [];
	const entries = new Map<string, unknown>();
	const quiet = () => undefined;
	await loader.load({
		config: {
			root: pathToFileURL(`${root}/`),
			srcDir: pathToFileURL(`${root}/src/`),
			legacy: { collections: false },
		},
		logger: { warn: quiet, error: quiet, info: quiet, debug: quiet },
		parseData: async ({ data }: { data: unknown }) => data,
		generateDigest: (text: string) => String(text.length),
		entryTypes: new Map([['.md', { getEntryInfo: () => ({ data: {}, body: '' }) }]]),
		store: {
			keys: () => entries.keys(),
			get: (id: string) => entries.get(id),
			has: (id: string) => entries.has(id),
			delete: (id: string) => entries.delete(id),
			set: (entry: { id: string }) => {
				ids.push(entry.id);
				entries.set(entry.id, entry);
			},
		},
	});
	return ids.sort();
}

describe('procedure files', () => {
	test('are the same for Astro’s collection and for the check, which reports every file Astro skips', async () => {
		const root = fixtureTree();
		const results = readMarkdownDir(join(root, proceduresBase), root);
		const read = results.flatMap((result) => (result.ok ? [result.value.id] : [])).sort();
		expect(await astroIds(root)).toEqual(read);
		expect(read).toEqual(['1.000001', 'alias', 'cap-the']);
		const reported = results.flatMap((result) => (result.ok ? [] : [result.problem.file]));
		expect(reported.sort()).toEqual(
			['UPPER.MD', 'gone.md', 'luat-su/1.000002.md', 'luat-su/sau/1.000003.md', 'x.md'].map(
				(file) => `${proceduresBase}/${file}`
			)
		);
	}, 60_000);
});
