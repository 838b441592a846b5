import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseAstroBuildLog } from '../../src/lib/bench/astro-log';
import { sampleTreePeak, type TreePeak } from '../../src/lib/bench/process-tree-memory';
import { summarize } from '../../src/lib/bench/stats';
import { rowsOf } from './row';
import type { BenchCorpus, BenchRow } from './types';

const root = join(import.meta.dirname, '../..');
/** GNU time reports the peak memory of the build’s Node process; without it the figure is left out. */
const gnuTime = '/usr/bin/time';

/** The budgets: 2,642 procedures in 2 minutes, 10,000 in 8 with at most 2 GB. */
const budgets: Record<string, { seconds?: number; megabytes?: number }> = {
	'15×': { seconds: 120 },
	'60×': { seconds: 480, megabytes: 2048 },
};

/** What one build printed and cost. */
interface BuildRun {
	log: string;
	seconds: number;
	/** Peak of Astro’s Node process (GNU time). */
	peakMegabytes?: number;
	/** Peaks of every process of the build at once, and of Pagefind’s indexer alone (sampled). */
	tree: TreePeak;
}

/**
 * Builds the site of each corpus with the build script of `npm run build` (TTHC_CONTENT_DIR
 * naming its folder) into a folder of its own, and reports the time of each phase, the
 * milliseconds per procedure page and the peak memory. Sets each corpus’s `distDir` for the
 * weight and search sections.
 */
export async function benchBuild(corpora: BenchCorpus[]): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	let basePerPage: number | undefined;
	for (const corpus of corpora) {
		// Inside the project: for an output folder elsewhere Astro renders from `./.astro/` and then
		// deletes that folder, generated types included.
		const distDir = join(root, '.cache/bench', `dist-${corpus.procedures}`);
		rmSync(distDir, { recursive: true, force: true });
		const run = await build(corpus.contentDir, distDir);
		if (!existsSync(join(distDir, 'index.html'))) {
			throw new Error(`dựng bộ ${corpus.label} không thành công:\n${run.log.slice(-2000)}`);
		}
		corpus.distDir = distDir;
		const parsed = parseAstroBuildLog(run.log);
		const pages = summarize(
			[...parsed.pages].filter(([path]) => path.startsWith('/thu-tuc/')).map(([, ms]) => ms)
		);
		basePerPage ??= pages.mean;
		const budget = budgets[corpus.label] ?? {};
		const row = rowsOf('build', corpus.label);
		rows.push(
			row('dựng cả trang', run.seconds, 's', budget.seconds),
			row('đồng bộ nội dung', parsed.contentSync ?? Number.NaN, 's'),
			row('dựng các trang', parsed.rendering ?? Number.NaN, 's'),
			row('chỉ mục Pagefind', parsed.pagefind ?? Number.NaN, 's'),
			row('trang thủ tục, trung bình', pages.mean, 'ms'),
			row('trang thủ tục, p95', pages.p95, 'ms'),
			row('trang thủ tục, so với bộ đầu', pages.mean / basePerPage, '×'),
			row('giây cho mỗi 1.000 thủ tục', (run.seconds / corpus.procedures) * 1000, 's'),
			row('bộ nhớ đỉnh, Node của Astro', run.peakMegabytes ?? Number.NaN, 'MB'),
			row('bộ nhớ đỉnh, trình lập chỉ mục Pagefind', pagefindPeak(run.tree) / megabyte, 'MB'),
			row('bộ nhớ đỉnh, cả cây tiến trình', run.tree.totalBytes / megabyte, 'MB', budget.megabytes)
		);
	}
	return rows;
}

const megabyte = 1024 * 1024;

/** Pagefind’s indexer runs as its own program (`pagefind_extended` or `pagefind`). */
function pagefindPeak(tree: TreePeak): number {
	return Math.max(
		0,
		...[...tree.byName].filter(([name]) => name.startsWith('pagefind')).map(([, bytes]) => bytes)
	);
}

/**
 * The command of package.json’s `build` script: Astro’s build, then the full-text index once
 * Astro’s process has exited (src/lib/build/index-after-astro.ts).
 */
export const buildScript = ['--import', 'tsx', 'scripts/build.ts'];

/**
 * Runs `npm run build`’s script for one content folder, into `outDir`; its output is kept, not
 * shown. GNU time gives the peak of the largest process, Astro’s Node.
 */
function build(contentDir: string, outDir: string): Promise<BuildRun> {
	const timed = existsSync(gnuTime);
	const command = timed ? gnuTime : process.execPath;
	const args = [...(timed ? ['-v', process.execPath] : []), ...buildScript, '--out-dir', outDir];
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: root,
			env: { ...process.env, TTHC_CONTENT_DIR: contentDir, NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		const sampler = sampleTreePeak(child.pid ?? process.pid);
		child.on('error', (error) => {
			sampler.stop();
			reject(error);
		});
		child.on('close', () => {
			const tree = sampler.stop();
			const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
			resolve({
				log: `${out}\n${err}`,
				seconds: (performance.now() - started) / 1000,
				tree,
				...(peak && { peakMegabytes: Number(peak[1]) / 1024 }),
			});
		});
	});
}
