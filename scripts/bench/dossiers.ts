import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { CliIo } from '../../src/lib/cli/io';
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
import { formatDecimal, formatNumber } from '../../src/lib/format/vi';
import { parseOptions } from '../support/args';

const run = promisify(execFile);

const usage = `Cách dùng: npx tsx scripts/bench/dossiers.ts [--rows <n>] [--bad-every <n>] [--keep]

Đo việc nhập hồ sơ (không phải kiểm thử): tạo một tệp CSV --rows hồ sơ (mặc định 1.000.000) từ
các thủ tục của danh mục, làm hỏng mỗi dòng thứ --bad-every (mặc định 1.000) để có tệp hàng bị
loại, rồi nhập tệp trong một tiến trình con và in số dòng mỗi giây và bộ nhớ lớn nhất của tiến
trình con (max RSS, và rss lớn nhất lấy mẫu trong lúc nhập).

  --rows <n>        số dòng cần tạo (mặc định 1000000)
  --bad-every <n>   làm hỏng mỗi dòng thứ n; 0 = không dòng nào (mặc định 1000)
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

/** The child side: imports one file and measures this process (its memory is the point). */
async function measureImport(input: string, root: string): Promise<Measures> {
	const procedures = indexProcedures(benchProcedures(root).map(({ id, code }) => ({ id, code })));
	const baseline = process.memoryUsage().rss;
	let sampledPeak = baseline;
	const sampler = setInterval(() => {
		sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
	}, 10);
	const started = performance.now();
	const rejects = openRejectsFile(`${input}.rejects.csv`);
	const stats = await importDossierFile({ input, procedures, rejects });
	await rejects.commit();
	const seconds = (performance.now() - started) / 1000;
	clearInterval(sampler);
	sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
	return {
		rows: stats.rows,
		received: stats.total.received,
		rejected: stats.rejectedTotal,
		rejectedInMemory: stats.rejected.length,
		seconds,
		baselineRssBytes: baseline,
		maxRssBytes: process.resourceUsage().maxRSS * 1024,
		sampledPeakRssBytes: sampledPeak,
	};
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

/** `npx tsx scripts/bench/dossiers.ts`: rows per second and peak memory of the dossier import. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			rows: { type: 'string', default: '1000000' },
			'bad-every': { type: 'string', default: '1000' },
			keep: { type: 'boolean', default: false },
			'import-only': { type: 'string' },
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
	const rows = wholeNumber('--rows', values.rows, 1);
	const badEvery = wholeNumber('--bad-every', values['bad-every'], 0);
	const dir = await mkdtemp(join(tmpdir(), 'bench-dossiers-'));
	const input = join(dir, 'dossiers.csv');
	try {
		const generated = await generate(input, rows, badEvery, io.root);
		const megabytes = (await stat(input)).size / 1024 / 1024;
		io.log(
			`đã tạo ${formatNumber(rows)} dòng (${formatDecimal(megabytes)} MB) trong ${formatDecimal(generated)} giây`
		);
		// A child process, so that its peak memory is the import’s alone.
		const child = await run(
			process.execPath,
			['--import', 'tsx', fileURLToPath(import.meta.url), '--import-only', input],
			{ cwd: io.root, encoding: 'utf8', maxBuffer: 1 << 20 }
		);
		const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measures;
		const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024)} MB`;
		io.log(
			[
				`đã nhập ${formatNumber(result.rows)} dòng trong ${formatDecimal(result.seconds)} giây: ` +
					`${formatNumber(result.rows / result.seconds)} dòng/giây`,
				`  được đếm ${formatNumber(result.received)}, bị loại ${formatNumber(result.rejected)} ` +
					`(${formatNumber(result.rejectedInMemory)} giữ trong bộ nhớ, tất cả trong tệp hàng bị loại)`,
				`  bộ nhớ lớn nhất của tiến trình nhập: ${mb(result.maxRssBytes)} max RSS, ` +
					`${mb(result.sampledPeakRssBytes)} rss lớn nhất lấy mẫu (${mb(result.baselineRssBytes)} trước khi đọc)`,
			].join('\n')
		);
		if (values.keep) io.log(`các tệp được giữ trong ${dir}`);
		return 0;
	} finally {
		if (!values.keep) await rm(dir, { recursive: true, force: true });
	}
}

await runCli(main, import.meta.url);
