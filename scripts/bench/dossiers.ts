import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse';
import type { CliIo } from '../../src/lib/cli/io';
import { findCodeRoot } from '../../src/lib/cli/code-root';
import { runCli, UserError } from '../../src/lib/cli/run';
import { projectContentDir } from '../../src/lib/content/content-dir';
import { loadProcedures } from '../../src/lib/content/load-procedures';
import { parseDay } from '../../src/lib/dossiers/days';
import {
	generateDossiers,
	sampleCsvLines,
	type SampleProcedure,
} from '../../src/lib/dossiers/generate';
import { importDossierFile } from '../../src/lib/dossiers/import-file';
import { indexProcedures } from '../../src/lib/dossiers/procedure-index';
import { openRejectsFile } from '../../src/lib/dossiers/rejects-file';
import { sampleDefinitions, sampleProcedures } from '../../src/lib/dossiers/samples';
import { formatDecimal, formatNumber, formatPercent } from '../../src/lib/format/vi';
import { median } from '../../src/lib/review/median';
import { parseOptions } from '../support/args';
import { rowsOf } from './row';
import type { BenchRow } from './types';

const run = promisify(execFile);

const usage = `Cách dùng: node scripts/cli/launch.mjs bench-dossiers [--rows <n>] [--bad-every <n>] [--runs <n>] [--keep]

Đo việc nhập hồ sơ (không phải kiểm thử): tạo một tệp CSV --rows hồ sơ (mặc định 1.000.000) từ
các thủ tục của danh mục, làm hỏng mỗi dòng thứ --bad-every (mặc định 1.000) để có tệp hàng bị
loại, rồi nhập tệp trong một tiến trình con và in số dòng mỗi giây và bộ nhớ lớn nhất của tiến
trình con (max RSS, và rss lớn nhất lấy mẫu trong lúc nhập). Cùng lần chạy đó, một tiến trình con
khác chỉ đọc tệp bằng csv-parse (đếm dòng, không kiểm tra gì): tỉ lệ giữa hai tốc độ cần ≥ 0,5.
Mỗi phép đo lặp --runs lần, xen kẽ; tỉ lệ tính theo từng cặp (lần nhập và lần đọc liền sau)
rồi lấy trung vị, để máy chậm đi hay nhanh lên giữa chừng không làm lệch tỉ lệ.

  --rows <n>        số dòng cần tạo (mặc định 1000000)
  --bad-every <n>   làm hỏng mỗi dòng thứ n; 0 = không dòng nào (mặc định 1000)
  --runs <n>        số lần đo mỗi bên (mặc định 5)
  --keep            giữ các tệp đã tạo và in nơi chứa chúng
  --help            xem hướng dẫn này`;

/** What the child measures, printed as one JSON line. */
interface Measures {
	rows: number;
	received: number;
	rejected: number;
	rejectedInMemory: number;
	seconds: number;
	baselineRssBytes: number;
	maxRssBytes: number;
	sampledPeakRssBytes: number;
}

/** Counts of one reading, as {@link measured} completes them. */
type Counts = Pick<Measures, 'rows' | 'received' | 'rejected' | 'rejectedInMemory'>;

/**
 * Runs `work` in this process and measures it: duration, and memory (max RSS, and rss sampled
 * every 10 ms); the child process is there so that this memory is the reading’s alone.
 */
async function measured(work: () => Promise<Counts>): Promise<Measures> {
	const baseline = process.memoryUsage().rss;
	let sampledPeak = baseline;
	const sampler = setInterval(() => {
		sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
	}, 10);
	const started = performance.now();
	const counts = await work();
	const seconds = (performance.now() - started) / 1000;
	clearInterval(sampler);
	return {
		...counts,
		seconds,
		baselineRssBytes: baseline,
		maxRssBytes: process.resourceUsage().maxRSS * 1024,
		sampledPeakRssBytes: Math.max(sampledPeak, process.memoryUsage().rss),
	};
}

/** The child side of the import: reads one file as `npm run review -- dossiers` does. */
async function measureImport(input: string, root: string): Promise<Measures> {
	const procedures = indexProcedures(benchProcedures(root).map(({ id, code }) => ({ id, code })));
	return measured(async () => {
		const rejects = openRejectsFile(`${input}.rejects.csv`);
		const stats = await importDossierFile({ input, procedures, rejects });
		await rejects.commit();
		return {
			rows: stats.rows,
			received: stats.total.received,
			rejected: stats.rejectedTotal,
			rejectedInMemory: stats.rejected.length,
		};
	});
}

/**
 * The yardstick: csv-parse alone streaming the same file and counting its records, with no check
 * at all. The import is judged by its rate next to this one, measured on the same machine and
 * file in the same run, which makes the ratio steadier than either rate.
 */
async function measureBare(input: string): Promise<Measures> {
	return measured(async () => {
		let records = 0;
		const options = { bom: true, relax_column_count: true, relax_quotes: true };
		for await (const record of createReadStream(input).pipe(parse(options))) {
			if (record) records += 1;
		}
		return { rows: records - 1, received: 0, rejected: 0, rejectedInMemory: 0 };
	});
}

/** The catalogue’s procedures active in 2025, or made-up ones when the catalogue is empty. */
function benchProcedures(root: string): SampleProcedure[] {
	const year = 2025;
	const real = sampleProcedures(loadProcedures(projectContentDir(root)), year);
	if (real.length > 0) return real;
	return Array.from({ length: 175 }, (_, index) => ({
		id: `1.${String(index).padStart(6, '0')}`,
		code: `1.${String(index).padStart(6, '0')}`,
		field: `Lĩnh vực ${index % 15}`,
		frequency: 1,
		channels: [
			{
				kind: 'in-person' as const,
				timeLimit: { value: 5 + (index % 20), unit: 'working-days' as const },
			},
			{
				kind: 'online' as const,
				timeLimit: { value: 5 + (index % 20), unit: 'working-days' as const },
			},
		],
	}));
}

async function generate(path: string, rows: number, badEvery: number, root: string) {
	const base = sampleDefinitions.find((sample) => sample.year === 2025)!.spec;
	const spec = {
		...base,
		seed: 'bench',
		total: rows,
		from: parseDay('2025-01-01')!,
		to: parseDay('2025-12-31')!,
		procedures: benchProcedures(root),
	};
	const out = createWriteStream(path);
	let index = -1;
	const started = performance.now();
	for (const line of sampleCsvLines(generateDossiers(spec), spec.dateFormat)) {
		index += 1;
		const spoiled = badEvery > 0 && index > 0 && index % badEvery === 0;
		if (!out.write(spoiled ? line.replace(/,[^,]*,([^,]*),([^,]*)\n$/, ',fax,$1,$2\n') : line)) {
			await once(out, 'drain');
		}
	}
	out.end();
	await once(out, 'close');
	return (performance.now() - started) / 1000;
}

/** A whole number ≥ `min` from an option. */
function wholeNumber(option: string, value: string, min: number): number {
	if (!/^\d+$/.test(value) || Number(value) < min) {
		throw new UserError(`${option} cần một số nguyên ≥ ${min}; đang là "${value}"`);
	}
	return Number(value);
}

/** What {@link benchDossiers} measures: medians of the import and of the bare read. */
export interface DossierBench {
	rows: number;
	megabytes: number;
	import: Measures;
	bare: Measures;
	/**
	 * Import rate over bare-read rate, run by run (each import beside the read that followed
	 * it), so that the ratio holds when the machine’s speed drifts during the bench.
	 */
	ratios: number[];
}

/** Options of {@link benchDossiers}. */
export interface DossierBenchOptions {
	rows?: number;
	badEvery?: number;
	runs?: number;
	/** Project whose catalogue the rows name (default: this project). */
	root?: string;
	/** Folder to keep the generated file in; a temporary one, removed afterwards, by default. */
	keepIn?: string;
}

/**
 * Generates the file, then measures the import and the bare csv-parse read `runs` times each,
 * alternately, each in a child process started through the CLI launcher (so its peak memory is
 * the reading’s alone), and keeps the run of median duration of each.
 */
export async function measureDossiers(options: DossierBenchOptions = {}): Promise<DossierBench> {
	const { rows = 1_000_000, badEvery = 1000, runs = 5 } = options;
	const codeRoot = findCodeRoot();
	if (!codeRoot) throw new UserError('không tìm thấy mã nguồn của dự án (scripts/cli/launch.mjs)');
	const root = options.root ?? codeRoot;
	const dir = options.keepIn ?? (await mkdtemp(join(tmpdir(), 'bench-dossiers-')));
	const input = join(dir, 'dossiers.csv');
	try {
		await generate(input, rows, badEvery, root);
		const megabytes = (await stat(input)).size / 1024 / 1024;
		const child = async (mode: string) => {
			const { stdout } = await run(
				process.execPath,
				[join(codeRoot, 'scripts/cli/launch.mjs'), 'bench-dossiers', mode, input],
				{ cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 }
			);
			return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measures;
		};
		const imports: Measures[] = [];
		const bares: Measures[] = [];
		for (let index = 0; index < runs; index += 1) {
			imports.push(await child('--import-only'));
			bares.push(await child('--bare-only'));
		}
		const rate = (measures: Measures) => measures.rows / measures.seconds;
		return {
			rows,
			megabytes,
			import: medianRun(imports),
			bare: medianRun(bares),
			ratios: imports.map((run, index) => rate(run) / rate(bares[index]!)),
		};
	} finally {
		if (!options.keepIn) await rm(dir, { recursive: true, force: true });
	}
}

/** The run of median duration. */
function medianRun(runs: Measures[]): Measures {
	return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
}

/** The dossier section of `npm run bench`: rates, peak memory, and the ratio with its budget. */
export async function benchDossiers(options: DossierBenchOptions = {}): Promise<BenchRow[]> {
	const bench = await measureDossiers(options);
	const corpus = `${bench.rows} dòng`;
	const row = rowsOf('dossiers', corpus);
	const mib = (bytes: number) => bytes / 1024 / 1024;
	return [
		row('import rate', bench.rows / bench.import.seconds, 'rows/s'),
		row('import peak memory', mib(bench.import.maxRssBytes), 'MiB'),
		row('bare csv-parse rate', bench.bare.rows / bench.bare.seconds, 'rows/s'),
		row('bare csv-parse peak memory', mib(bench.bare.maxRssBytes), 'MiB'),
		{
			...row('import / bare csv-parse rate', rateRatio(bench), 'ratio'),
			budget: { limit: 0.5, comparison: '>=' },
		},
	];
}

/** The median of the paired ratios. */
function rateRatio(bench: DossierBench): number {
	return median(bench.ratios);
}

/** `bench-dossiers`: rows per second and peak memory of the dossier import. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			rows: { type: 'string', default: '1000000' },
			'bad-every': { type: 'string', default: '1000' },
			runs: { type: 'string', default: '5' },
			keep: { type: 'boolean', default: false },
			'import-only': { type: 'string' },
			'bare-only': { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	if (values['import-only']) {
		io.log(JSON.stringify(await measureImport(values['import-only'], io.root)));
		return 0;
	}
	if (values['bare-only']) {
		io.log(JSON.stringify(await measureBare(values['bare-only'])));
		return 0;
	}
	const rows = wholeNumber('--rows', values.rows, 1);
	const badEvery = wholeNumber('--bad-every', values['bad-every'], 0);
	const runs = wholeNumber('--runs', values.runs, 1);
	const keepIn = values.keep ? await mkdtemp(join(tmpdir(), 'bench-dossiers-')) : undefined;
	const bench = await measureDossiers({ rows, badEvery, runs, root: io.root, keepIn });
	const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024)} MB`;
	const rate = (measures: Measures) => formatNumber(measures.rows / measures.seconds);
	const { import: imported, bare } = bench;
	io.log(
		[
			`tệp ${formatNumber(rows)} dòng (${formatDecimal(bench.megabytes)} MB), trung vị của ${runs} lần đo`,
			`đã nhập ${formatNumber(imported.rows)} dòng trong ${formatDecimal(imported.seconds)} giây: ` +
				`${rate(imported)} dòng/giây`,
			`  được đếm ${formatNumber(imported.received)}, bị loại ${formatNumber(imported.rejected)} ` +
				`(${formatNumber(imported.rejectedInMemory)} giữ trong bộ nhớ, tất cả trong tệp hàng bị loại)`,
			`  bộ nhớ lớn nhất của tiến trình nhập: ${mb(imported.maxRssBytes)} max RSS, ` +
				`${mb(imported.sampledPeakRssBytes)} rss lớn nhất lấy mẫu (${mb(imported.baselineRssBytes)} trước khi đọc)`,
			`chỉ đọc bằng csv-parse: ${formatDecimal(bare.seconds)} giây, ${rate(bare)} dòng/giây, ${mb(bare.maxRssBytes)} max RSS`,
			`tỉ lệ tốc độ nhập / csv-parse, trung vị theo cặp: ${formatPercent(rateRatio(bench))} (cần ≥ 50%; từng cặp: ${bench.ratios.map(formatPercent).join(', ')})`,
		].join('\n')
	);
	if (keepIn) io.log(`các tệp được giữ trong ${keepIn}`);
	return 0;
}

await runCli(main, import.meta.url);
