import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readChangeLog } from '../../../src/lib/changes/read-change-log';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';

/** A project whose `content/changes/` is made by `make`, given the folder’s path. */
function projectWith(make: (changes: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'tthc-change-log-'));
	const changes = join(root, 'content/changes');
	mkdirSync(changes, { recursive: true });
	make(changes);
	return root;
}

const problemsOf = (root: string) =>
	readChangeLog(projectContentDir(root), true).problems.map(formatProblem);

describe('readChangeLog on what is not a readable file', () => {
	test('names a folder or a broken link where a change set should be, instead of stopping', () => {
		const root = projectWith((changes) => {
			mkdirSync(join(changes, '2026-12-01-1-import.md'));
			symlinkSync(join(changes, 'missing.md'), join(changes, '2026-12-02-1-import.md'));
		});
		expect(problemsOf(root)).toEqual([
			'content/changes/2026-12-01-1-import.md: cần một tệp .md; đang là một thư mục',
			'content/changes/2026-12-02-1-import.md: không mở được: là một liên kết (symlink) trỏ tới tệp không còn tồn tại',
		]);
	});

	test('names a folder where the logged state should be', () => {
		const root = projectWith((changes) => mkdirSync(join(changes, 'logged-state.jsonl')));
		expect(problemsOf(root)).toEqual([
			'content/changes/logged-state.jsonl: cần một tệp JSON Lines; đang là một thư mục',
		]);
		// Without the logged state asked for, the folder is not read at all.
		expect(readChangeLog(projectContentDir(root)).problems).toEqual([]);
	});

	test('names a file where the change log folder should be', () => {
		const root = projectWith((changes) => {
			rmSync(changes, { recursive: true });
			writeFileSync(changes, '');
		});
		expect(problemsOf(root)).toEqual([
			'content/changes: cần một thư mục chứa các tệp nhật ký thay đổi; đang là một tệp',
		]);
	});
});
