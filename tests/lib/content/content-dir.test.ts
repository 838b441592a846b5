import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../../src/lib/cli/run';
import {
	contentDir,
	contentFile,
	contentPath,
	projectContentDir,
	shownPath,
} from '../../../src/lib/content/content-dir';

/** A project root holding `bench/15x/procedures/` and a stray file. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'tthc-content-dir-'));
	mkdirSync(join(root, 'bench/15x/procedures'), { recursive: true });
	mkdirSync(join(root, 'empty'));
	writeFileSync(join(root, 'notes.txt'), '');
	return root;
}

function messageOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(UserError);
		return (error as Error).message;
	}
	throw new Error('expected a UserError');
}

describe('contentDir', () => {
	test('returns the project’s content/ when TTHC_CONTENT_DIR is unset or blank', () => {
		expect(contentDir('/p', {})).toEqual({ root: '/p', dir: '/p/content' });
		expect(contentDir('/p', { TTHC_CONTENT_DIR: '  ' })).toEqual({ root: '/p', dir: '/p/content' });
	});

	test('resolves a relative folder from the project root', () => {
		const root = project();
		expect(contentDir(root, { TTHC_CONTENT_DIR: 'bench/15x' })).toEqual({
			root,
			dir: join(root, 'bench/15x'),
		});
	});

	test('keeps an absolute folder as it is', () => {
		const root = project();
		const dir = join(root, 'bench/15x');
		expect(contentDir('/elsewhere', { TTHC_CONTENT_DIR: dir }).dir).toBe(dir);
	});

	test('throws one Vietnamese line naming the variable when the folder is missing', () => {
		const message = messageOf(() => contentDir(project(), { TTHC_CONTENT_DIR: 'bench/16x' }));
		expect(message).toMatch(/^TTHC_CONTENT_DIR: cần một thư mục nội dung bố trí như content\//);
		expect(message).toContain('đang là "bench/16x", thư mục này không tồn tại');
		expect(message).not.toContain('\n');
	});

	test('throws when the folder has no procedures/ or is a file', () => {
		const root = project();
		expect(messageOf(() => contentDir(root, { TTHC_CONTENT_DIR: 'empty' }))).toContain(
			'đang là "empty", thư mục này không có thư mục con procedures/'
		);
		expect(messageOf(() => contentDir(root, { TTHC_CONTENT_DIR: 'notes.txt' }))).toContain(
			'đang là "notes.txt", đây là một tệp, không phải thư mục'
		);
	});
});

describe('contentPath', () => {
	test('maps a path of the default layout into the chosen folder', () => {
		const content = { root: '/p', dir: '/tmp/corpus' };
		expect(contentPath(content, 'content/procedures')).toBe('/tmp/corpus/procedures');
		expect(contentPath(content, 'content/review/config.md')).toBe('/tmp/corpus/review/config.md');
		expect(contentPath(projectContentDir('/p'), 'content/dossiers')).toBe('/p/content/dossiers');
	});
});

describe('contentFile', () => {
	test('returns the default path for the project’s content/', () => {
		expect(contentFile(projectContentDir('/p'), 'content/review/config.md')).toBe(
			'content/review/config.md'
		);
	});

	test('returns a path relative to the root inside it and absolute outside it', () => {
		expect(contentFile({ root: '/p', dir: '/p/bench/15x' }, 'content/procedures')).toBe(
			'bench/15x/procedures'
		);
		expect(contentFile({ root: '/p', dir: '/tmp/corpus' }, 'content/procedures')).toBe(
			'/tmp/corpus/procedures'
		);
	});
});

describe('shownPath', () => {
	test('does not mistake a sibling folder sharing a prefix for the root', () => {
		expect(shownPath('/p', '/p2/content')).toBe('/p2/content');
		expect(shownPath('/p', '/p/..x/content')).toBe('..x/content');
	});
});
