import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lastModifiedDates } from '../../../src/lib/content/last-modified';

describe('lastModifiedDates', () => {
	test('returns the commit day of each file in the folder', () => {
		const root = mkdtempSync(join(tmpdir(), 'tthc-git-'));
		mkdirSync(join(root, 'content/procedures'), { recursive: true });
		writeFileSync(join(root, 'content/procedures/1.000001.md'), '---\n---\n');
		const git = (...args: string[]) =>
			execFileSync('git', args, {
				cwd: root,
				env: {
					...process.env,
					GIT_COMMITTER_DATE: '2026-05-12T10:00:00+07:00',
					GIT_AUTHOR_DATE: '2026-05-12T10:00:00+07:00',
				},
			});
		git('init', '-q');
		git('add', '.');
		git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'x');
		expect(
			lastModifiedDates('content/procedures', root).get('content/procedures/1.000001.md')
		).toBe('2026-05-12');
	});
	test('returns an empty map outside a git checkout', () => {
		expect(lastModifiedDates('content', mkdtempSync(join(tmpdir(), 'tthc-nogit-'))).size).toBe(0);
	});
});
