import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../../scripts/check';
import { runMain } from '../../../src/lib/cli/run';
import { bufferIo } from '../../support/cli-io';

const corpus = join(import.meta.dirname, '../../fixtures/bad/content');

interface BadCase {
	name: string;
	setup?: 'dangling-symlink' | 'oversized';
	exit: number;
	message: string;
	errors?: number;
}

const { cases } = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as {
	cases: BadCase[];
};

/** What cannot live in git: a broken link, and a file too large to commit. */
const setups: Record<NonNullable<BadCase['setup']>, (root: string) => void> = {
	'dangling-symlink': (root) =>
		symlinkSync('khong-con.md', join(root, 'content/procedures/1.000009.md')),
	oversized: (root) => {
		const file = join(root, 'content/procedures/1.002153.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}${'Ghi chú rất dài. '.repeat(17_500)}`);
	},
};

/** The bytes of every file under `root`, by path, to show that the check changed nothing. */
function snapshot(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		// The validated-content cache may change: it is not the officer’s content.
		if (!entry.isFile() || relative(root, path).startsWith('.cache/')) continue;
		files[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return files;
}

describe('npm run check on bad content', () => {
	test('has at least 16 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(16);
	});

	test.each(cases)(
		'$name: exits $exit with one line per defect naming the file',
		async (badCase) => {
			const root = mkdtempSync(join(tmpdir(), `tthc-bad-${badCase.name}-`));
			cpSync(join(corpus, 'base'), root, { recursive: true });
			const overlay = join(corpus, 'cases', badCase.name);
			if (existsSync(overlay)) cpSync(overlay, root, { recursive: true });
			if (badCase.setup) setups[badCase.setup](root);
			const before = snapshot(root);
			const { io, stdout, stderr } = bufferIo(root);
			const code = await runMain(main, ['--quiet'], io);
			const errors = stderr()
				.split('\n')
				.filter((line) => line !== '');
			expect(code).toBe(badCase.exit);
			expect(errors).toHaveLength(badCase.errors ?? 1);
			expect(errors.every((line) => line.startsWith('lỗi: '))).toBe(true);
			expect(errors[0] ?? '').toMatch(new RegExp(badCase.message));
			expect(`${stdout()}${stderr()}`).not.toMatch(/^\s+at /m);
			expect(snapshot(root)).toEqual(before);
		}
	);
});
