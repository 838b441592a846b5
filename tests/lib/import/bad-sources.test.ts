import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../../scripts/import';
import { runMain } from '../../../src/lib/cli/run';
import { bufferIo } from '../../support/cli-io';
import { snapshotFolder } from './fixtures';

/** One bad source folder: the base sources with some files replaced or removed. */
interface BadCase {
	name: string;
	/** What is wrong, in a sentence. */
	about: string;
	/** Which catalogue the run writes to: the department’s, or the scale corpus’s. */
	scope: 'department' | 'all';
	/** Base files deleted before the run. */
	remove?: string[];
	/** Arguments after `--source src --out out`. */
	args: string[];
	exit: number;
	/** A regular expression the message must match, from the file path on. */
	message: string;
}

const corpus = resolve('tests/fixtures/bad/sources');
const cases = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as BadCase[];
const root = process.cwd();
let work: string;
/** An output folder a clean import of the base sources wrote, per scope. */
const pristine = { department: '', all: '' };

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'tthc-bad-sources-'));
	for (const scope of ['department', 'all'] as const) {
		pristine[scope] = join(work, `pristine-${scope}`);
		const args = ['--source', join(corpus, 'base'), '--out', pristine[scope], '--scope', scope];
		expect(await runMain(main, args, bufferIo(root).io)).toBe(0);
	}
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import on bad source files', () => {
	test('has at least 12 cases, each with its own folder or a removal', () => {
		expect(cases.length).toBeGreaterThanOrEqual(12);
		for (const bad of cases)
			expect(existsSync(join(corpus, 'cases', bad.name)) || bad.remove !== undefined).toBe(true);
	});

	test.each(cases)(
		'$name: exits $exit, names the file and line, and leaves every file as it was',
		async (bad) => {
			const dir = join(work, bad.name);
			const src = join(dir, 'src');
			const out = join(dir, 'out');
			cpSync(join(corpus, 'base'), src, { recursive: true });
			for (const file of bad.remove ?? []) rmSync(join(src, file));
			const replaced = join(corpus, 'cases', bad.name);
			if (existsSync(replaced)) cpSync(replaced, src, { recursive: true });
			cpSync(pristine[bad.scope], out, { recursive: true });
			const before = snapshotFolder(out);

			const io = bufferIo(root, dir);
			const code = await runMain(main, ['--source', 'src', '--out', 'out', ...bad.args], io.io);

			expect(code).toBe(bad.exit);
			expect(io.output()).toMatch(new RegExp(`^lỗi: ${bad.message}`, 'm'));
			expect(io.output()).not.toMatch(/^\s+at /m);
			expect(io.stdoutLines()).toEqual([]);
			expect(snapshotFolder(out)).toEqual(before);
		},
		30_000
	);
});
