import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	buildAndSwap,
	BuildFailedError,
	recoverInterruptedRuns,
} from '../../../src/lib/build/swap-output';

/** A project root with a good `dist/` holding one page. */
function projectWithSite(): { root: string; target: string } {
	const root = mkdtempSync(join(tmpdir(), 'tthc-build-'));
	const target = join(root, 'dist');
	mkdirSync(join(target, 'thu-tuc'), { recursive: true });
	writeFileSync(join(target, 'index.html'), 'bản cũ');
	writeFileSync(join(target, 'thu-tuc/index.html'), 'thủ tục cũ');
	return { root, target };
}

/** A build that writes a whole site. */
const goodBuild = async (outDir: string) => {
	mkdirSync(outDir, { recursive: true });
	writeFileSync(join(outDir, 'index.html'), 'bản mới');
};

const isComplete = (outDir: string) => existsSync(join(outDir, 'index.html'));

/** A PID no process has: above Linux’s pid_max and macOS’s limit. */
const deadRun = 99_999_999;

describe('buildAndSwap', () => {
	test('replaces the site with a complete build and leaves no temporary folder', async () => {
		const { root, target } = projectWithSite();
		const result = await buildAndSwap({ target, build: goodBuild, isComplete, runId: 1 });
		expect(result).toEqual({ replaced: true });
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('bản mới');
		expect(existsSync(join(target, 'thu-tuc'))).toBe(false);
		expect(readdirSync(root)).toEqual(['dist']);
	});

	test('builds into a folder beside the site, never into the site itself', async () => {
		const { root, target } = projectWithSite();
		let used = '';
		await buildAndSwap({
			target,
			build: async (outDir) => {
				used = outDir;
				expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('bản cũ');
				await goodBuild(outDir);
			},
			isComplete,
			runId: 7,
		});
		expect(used).toBe(join(root, '.dist-tmp-7'));
	});

	test('keeps the old site and removes the partial one when the build fails half-way', async () => {
		const { root, target } = projectWithSite();
		const failing = async (outDir: string) => {
			mkdirSync(join(outDir, 'thu-tuc'), { recursive: true });
			writeFileSync(join(outDir, 'thu-tuc/index.html'), 'nửa chừng');
			throw new BuildFailedError('astro build dừng với mã 1');
		};
		await expect(buildAndSwap({ target, build: failing, isComplete, runId: 2 })).rejects.toThrow(
			'astro build dừng với mã 1'
		);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('bản cũ');
		expect(readFileSync(join(target, 'thu-tuc/index.html'), 'utf8')).toBe('thủ tục cũ');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	test('keeps the old site when a build reports success but leaves no home page', async () => {
		const { root, target } = projectWithSite();
		const hollow = async (outDir: string) => void mkdirSync(outDir, { recursive: true });
		await expect(buildAndSwap({ target, build: hollow, isComplete, runId: 3 })).rejects.toThrow(
			BuildFailedError
		);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('bản cũ');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	test('creates the site when there was none', async () => {
		const root = mkdtempSync(join(tmpdir(), 'tthc-build-'));
		const target = join(root, 'dist');
		expect(await buildAndSwap({ target, build: goodBuild, isComplete, runId: 4 })).toEqual({
			replaced: false,
		});
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('bản mới');
	});

	test('leaves nothing behind when a failing build wrote nothing', async () => {
		const root = mkdtempSync(join(tmpdir(), 'tthc-build-'));
		const target = join(root, 'dist');
		const failing = () => Promise.reject(new BuildFailedError('lỗi nội dung'));
		await expect(buildAndSwap({ target, build: failing, isComplete, runId: 5 })).rejects.toThrow();
		expect(readdirSync(root)).toEqual([]);
	});
});

describe('recoverInterruptedRuns', () => {
	test('puts the old site back when a run stopped between its two renames', () => {
		const { root, target } = projectWithSite();
		renameSync(target, join(root, `.dist-old-${deadRun}`));
		mkdirSync(join(root, `.dist-tmp-${deadRun}`));
		expect(recoverInterruptedRuns(target).sort()).toEqual(
			[`.dist-old-${deadRun}`, `.dist-tmp-${deadRun}`].sort()
		);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('bản cũ');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	test('removes the folders of runs that stopped, and keeps those of running ones', () => {
		const { root, target } = projectWithSite();
		mkdirSync(join(root, `.dist-tmp-${deadRun}`));
		mkdirSync(join(root, `.dist-old-${deadRun}`));
		mkdirSync(join(root, `.dist-tmp-${process.pid}`));
		mkdirSync(join(root, '.dist-tmp-notes'));
		recoverInterruptedRuns(target);
		expect(readdirSync(root).sort()).toEqual(
			['.dist-tmp-notes', `.dist-tmp-${process.pid}`, 'dist'].sort()
		);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('bản cũ');
	});

	test('returns nothing when the parent folder does not exist yet', () => {
		expect(recoverInterruptedRuns(join(tmpdir(), 'khong-co-thu-muc-nay', 'dist'))).toEqual([]);
	});
});
