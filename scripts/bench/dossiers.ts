import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from '../support/args';
import { runCli, UserError } from '../../src/lib/cli/run';
import { loadProcedures } from '../../src/lib/content/load-procedures';
import { parseDay } from '../../src/lib/dossiers/days';
import {
	generateDossiers,
	sampleCsvLines,
	type SampleProcedure,
} from '../../src/lib/dossiers/generate';
import { importDossierFile } from '../../src/lib/dossiers/import-file';
import { indexProcedures } from '../../src/lib/dossiers/procedure-index';
import { sampleDefinitions, sampleProcedures } from '../../src/lib/dossiers/samples';

const usage = `Usage: npx tsx scripts/bench/dossiers.ts [--rows <n>] [--bad-every <n>] [--keep]

Benchmark of the dossier import (not a test): generates a CSV of --rows dossiers (default
1,000,000) from the catalogue’s procedures, spoils every --bad-every-th row (default 1,000) so
the rejects file is exercised, then imports it in a child process and prints rows per second and
the child’s peak memory (maximum resident set size, and the largest rss sampled while importing).

  --rows <n>        rows to generate (default 1000000)
  --bad-every <n>   make every n-th row invalid; 0 = none (default 1000)
  --keep            keep the generated files and print where they are
  --help            show this help`;

/** The child side: imports one file and prints its measures as JSON. */
async function measureImport(input: string): Promise<void> {
	const procedures = indexProcedures(benchProcedures().map(({ id, code }) => ({ id, code })));
	const baseline = process.memoryUsage().rss;
	let sampledPeak = baseline;
	const sampler = setInterval(() => {
		sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
	}, 10);
	const started = performance.now();
	const stats = await importDossierFile({ input, procedures, rejectsPath: `${input}.rejects.csv` });
	const seconds = (performance.now() - started) / 1000;
	clearInterval(sampler);
	sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
	console.log(
		JSON.stringify({
			rows: stats.rows,
			received: stats.total.received,
			rejected: stats.rejectedTotal,
			rejectedInMemory: stats.rejected.length,
			seconds,
			baselineRssBytes: baseline,
			maxRssBytes: process.resourceUsage().maxRSS * 1024,
			sampledPeakRssBytes: sampledPeak,
		})
	);
}

/** The catalogue’s procedures active in 2025, or made-up ones when the catalogue is empty. */
function benchProcedures(): SampleProcedure[] {
	const year = 2025;
	const real = sampleProcedures(loadProcedures(), year);
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

async function generate(path: string, rows: number, badEvery: number): Promise<number> {
	const base = sampleDefinitions.find((sample) => sample.year === 2025)!.spec;
	const spec = {
		...base,
		seed: 'bench',
		total: rows,
		from: parseDay('2025-01-01')!,
		to: parseDay('2025-12-31')!,
		procedures: benchProcedures(),
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

runCli(async () => {
	const values = parseOptions(
		process.argv.slice(2),
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
		console.log(usage);
		return 0;
	}
	if (values['import-only']) {
		await measureImport(values['import-only']);
		return 0;
	}
	const rows = Number(values.rows);
	const badEvery = Number(values['bad-every']);
	if (!Number.isInteger(rows) || rows < 1) throw new UserError(`--rows must be a whole number ≥ 1`);
	const dir = mkdtempSync(join(tmpdir(), 'bench-dossiers-'));
	const input = join(dir, 'dossiers.csv');
	try {
		const generated = await generate(input, rows, badEvery);
		const megabytes = statSync(input).size / 1024 / 1024;
		console.log(
			`generated ${rows.toLocaleString('en')} rows (${megabytes.toFixed(1)} MB) in ${generated.toFixed(1)} s`
		);
		const child = spawnSync(
			process.execPath,
			['--import', 'tsx', fileURLToPath(import.meta.url), '--import-only', input],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
		);
		if (child.status !== 0) throw new Error(`the import child failed with code ${child.status}`);
		const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
		const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
		console.log(
			[
				`imported ${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(2)} s: ` +
					`${Math.round(result.rows / result.seconds).toLocaleString('en')} rows/s`,
				`  counted ${result.received.toLocaleString('en')}, rejected ${result.rejected.toLocaleString('en')} ` +
					`(${result.rejectedInMemory} kept in memory, all in the rejects file)`,
				`  peak memory of the import process: ${mb(result.maxRssBytes)} max RSS, ` +
					`${mb(result.sampledPeakRssBytes)} largest sampled rss (${mb(result.baselineRssBytes)} before reading)`,
			].join('\n')
		);
		if (values.keep) console.log(`files kept in ${dir}`);
		return 0;
	} finally {
		if (!values.keep) rmSync(dir, { recursive: true, force: true });
	}
});
