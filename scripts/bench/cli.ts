import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findCodeRoot } from '../../src/lib/cli/code-root';
import type { CliIo } from '../../src/lib/cli/io';
import { runCli, UserError } from '../../src/lib/cli/run';
import { contentDirVariable } from '../../src/lib/content/content-dir';
import { procedureCachePath } from '../../src/lib/content/content-cache';
import { formatDecimal, formatNumber } from '../../src/lib/format/vi';
import { median } from '../../src/lib/review/median';
import { parseOptions } from '../support/args';
import type { BenchCorpus, BenchRow } from './types';

const run = promisify(execFile);

const usage = `Cách dùng: node scripts/cli/launch.mjs bench-cli [--content-dir <thư-mục>] [--runs <n>]

Đo thời gian các lệnh rà soát như người dùng chạy (không phải kiểm thử): khởi động (help), plan,
score, report xlsx và docx, mỗi lệnh --runs lần (mặc định 3) sau một lần chạy làm nóng, lấy trung
vị; help và plan đo cả qua npm run -s review. In từng dòng với ngân sách nếu có.

  --content-dir <thư-mục>  thư mục nội dung cần đo (mặc định: content/ của dự án)
  --runs <n>               số lần đo mỗi lệnh (mặc định 3)
  --help                   xem hướng dẫn này`;

/** Budgets of issue 12: any command on the real catalogue, and the plan of 10,000 procedures. */
const realCatalogueLimit = 1;
const largePlanLimit = 2;
const largeCatalogue = 10_000;

/** Years the commands use: the plan of 2027 and the results of 2026, as in the README. */
const planYear = '2027';
const resultsYear = '2026';

/** A command as the bench starts it. */
interface Command {
	metric: string;
	args: string[];
	/** Also timed through `npm run -s review`, as an officer types it. */
	viaNpm?: boolean;
	/** Empties the validated-content cache before each run. */
	cold?: boolean;
}

function commands(out: string): Command[] {
	return [
		{ metric: 'start-up (review help)', args: ['help'], viaNpm: true },
		{ metric: 'plan', args: ['plan', '--year', planYear], viaNpm: true },
		{ metric: 'plan, content cache empty', args: ['plan', '--year', planYear], cold: true },
		{ metric: 'score', args: ['score', '--year', resultsYear] },
		{
			metric: 'report xlsx',
			args: ['report', '--year', resultsYear, '--format', 'xlsx', '--out', out],
		},
		{
			metric: 'report docx',
			args: ['report', '--year', planYear, '--format', 'docx', '--document', 'plan', '--out', out],
		},
	];
}

/**
 * The CLI section of `npm run bench`: wall seconds of each command per corpus, median of `runs`
 * runs after one warm-up run (which also builds the CLI bundle and the content cache), started
 * as processes with plain node through the launcher and, for start-up and plan, with `npm run -s
 * review`. A command that fails stops the bench with its message.
 */
export async function benchCli(corpora: BenchCorpus[], runs = 3): Promise<BenchRow[]> {
	const codeRoot = findCodeRoot();
	if (!codeRoot) throw new UserError('không tìm thấy mã nguồn của dự án (scripts/cli/launch.mjs)');
	const out = await mkdtemp(join(tmpdir(), 'bench-cli-'));
	const rows: BenchRow[] = [];
	try {
		for (const corpus of corpora) {
			const content = { root: codeRoot, dir: resolve(corpus.contentDir) };
			const env = { ...process.env, [contentDirVariable]: content.dir, DEBUG: '' };
			const isReal = content.dir === join(codeRoot, 'content');
			const limit = (command: Command) =>
				isReal
					? realCatalogueLimit
					: corpus.procedures >= largeCatalogue && command.args[0] === 'plan' && !command.cold
						? largePlanLimit
						: undefined;
			for (const command of commands(out)) {
				const ways: [string, string, string[]][] = [
					['node', process.execPath, [join(codeRoot, 'scripts/cli/launch.mjs'), 'review']],
				];
				if (command.viaNpm) ways.push(['npm run -s', 'npm', ['run', '-s', 'review', '--']]);
				for (const [way, program, prefix] of ways) {
					const start = () => {
						if (command.cold) {
							return rm(procedureCachePath(content), { force: true }).then(() =>
								timed(program, [...prefix, ...command.args], codeRoot, env)
							);
						}
						return timed(program, [...prefix, ...command.args], codeRoot, env);
					};
					await start();
					const samples: Timing[] = [];
					for (let index = 0; index < runs; index += 1) samples.push(await start());
					const budget = limit(command);
					const row = { section: 'cli', corpus: corpus.label, unit: 's' };
					rows.push(
						{
							...row,
							metric: `${command.metric} (${way})`,
							value: median(samples.map(({ wall }) => wall)),
							...(budget === undefined ? {} : { budget: { limit: budget, comparison: '<=' } }),
						},
						{
							...row,
							metric: `${command.metric} (${way}), CPU`,
							value: median(samples.map(({ cpu }) => cpu)),
						}
					);
				}
			}
		}
		return rows;
	} finally {
		await rm(out, { recursive: true, force: true });
	}
}

/** Seconds of one run of a command. */
interface Timing {
	wall: number;
	/** CPU seconds of every node process of the run (npm too), from cpu-report.mjs. */
	cpu: number;
}

/** Times one run of a command started in the project folder `cwd`; a failure stops the bench. */
async function timed(
	program: string,
	args: string[],
	cwd: string,
	env: NodeJS.ProcessEnv
): Promise<Timing> {
	const cpuFile = join(await mkdtemp(join(tmpdir(), 'bench-cpu-')), 'cpu.txt');
	const preload = `--import=${pathToFileURL(join(cwd, 'scripts/bench/cpu-report.mjs')).href}`;
	const started = performance.now();
	try {
		await run(program, args, {
			cwd,
			env: {
				...env,
				NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
				TTHC_BENCH_CPU_FILE: cpuFile,
			},
			encoding: 'utf8',
			maxBuffer: 64 << 20,
		});
	} catch (error) {
		const { stderr } = error as { stderr?: string };
		throw new UserError(`lệnh ${[program, ...args].join(' ')} thất bại:\n${stderr ?? error}`);
	}
	const wall = (performance.now() - started) / 1000;
	const lines = (await readFile(cpuFile, 'utf8')).trim().split('\n');
	await rm(dirname(cpuFile), { recursive: true, force: true });
	return { wall, cpu: lines.reduce((sum, line) => sum + Number(line), 0) };
}

/** `bench-cli`: prints the CLI section for one content folder. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			'content-dir': { type: 'string' },
			runs: { type: 'string', default: '3' },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	if (!/^\d+$/.test(values.runs) || Number(values.runs) < 1) {
		throw new UserError(`--runs cần một số nguyên ≥ 1; đang là "${values.runs}"`);
	}
	const contentDir = values['content-dir']
		? resolve(io.cwd, values['content-dir'])
		: join(io.root, 'content');
	const procedures = readdirSync(join(contentDir, 'procedures')).filter((name) =>
		name.endsWith('.md')
	).length;
	const rows = await benchCli([{ label: contentDir, procedures, contentDir }], Number(values.runs));
	for (const row of rows) {
		const verdict = row.budget
			? row.value <= row.budget.limit
				? ` (đạt, ≤ ${formatDecimal(row.budget.limit)} giây)`
				: ` (KHÔNG đạt, cần ≤ ${formatDecimal(row.budget.limit)} giây)`
			: '';
		io.log(`${row.metric}: ${formatNumber(row.value * 1000)} ms${verdict}`);
	}
	return 0;
}

await runCli(main, import.meta.url);
