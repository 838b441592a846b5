import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliIo } from '../../src/lib/cli/io';
import { runCli, UserError } from '../../src/lib/cli/run';
import { budgetLines, formatTable } from '../../src/lib/bench/report';
import { formatDecimal, formatNumber } from '../../src/lib/format/vi';
import { parseOptions } from '../support/args';
import { corpusScales, prepareCorpora, type CorpusScale } from './corpus';
import type { BenchCorpus, BenchRow } from './types';

/**
 * The sections in the order they run. The commands first, on the machine as an officer finds it:
 * run after the builds and the browser, which take gigabytes, the same commands read 10–40%
 * slower for minutes (BENCHMARKS.md). Then the build, since weight and search read its output.
 */
const sections = ['cli', 'build', 'weight', 'search', 'dossiers'] as const;
type Section = (typeof sections)[number];

const usage = `Cách dùng: npm run bench [-- --corpora 1,15,60] [--skip search,cli] [--work <thư-mục>]

Đo hiệu năng (không phải kiểm thử): dựng trang với từng bộ nội dung, đo dung lượng tải về, tìm
kiếm, dòng lệnh và nhập hồ sơ, rồi in một bảng số đo và các dòng PASS/FAIL theo ngưỡng của issue 12.
Bộ 1× là content/ thật; bộ 15× (2.642 bản ghi quốc gia) và 60× (10.000 thủ tục nhân bản) được tạo
một lần trong thư mục làm việc và dùng lại ở lần sau. content/ không bị đụng tới.

  --corpora <bộ>    các bộ cần đo, trong ${corpusScales.join(', ')} (mặc định: tất cả)
  --skip <phần>     bỏ các phần, trong ${sections.join(', ')}
  --work <thư-mục>  nơi tạo các bộ nội dung (mặc định: ${join(tmpdir(), 'tthc-bench')})
  --help            in hướng dẫn này`;

/** `npm run bench`: builds and measures every corpus, prints the figures and the budgets. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			corpora: { type: 'string', default: corpusScales.join(',') },
			skip: { type: 'string', default: '' },
			work: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const scales = parseList(values.corpora, corpusScales.map(String), '--corpora').map(
		(scale) => Number(scale) as CorpusScale
	);
	const skipped = new Set(parseList(values.skip, [...sections], '--skip'));
	const work = values.work ?? join(tmpdir(), 'tthc-bench');
	io.log(machineLine());
	const started = performance.now();
	const corpora = await prepareCorpora(io.root, scales, work, io.log);
	const rows: BenchRow[] = [];
	for (const section of sections) {
		if (skipped.has(section)) continue;
		const bench = await loadSection(section);
		if (!bench) {
			io.log(
				`(chưa có phần ${section}: scripts/bench/${section}.ts chưa xuất bench${title(section)})`
			);
			continue;
		}
		io.log(`Đang đo phần ${section} …`);
		rows.push(...(await bench(corpora)));
	}
	io.log(`\n${formatTable(rows)}\n`);
	const budgets = budgetLines(rows);
	for (const line of budgets) io.log(line);
	io.log(`\nĐo xong trong ${formatDecimal((performance.now() - started) / 60_000)} phút.`);
	return budgets.some((line) => line.startsWith('FAIL')) ? 1 : 0;
}

/** Cores, memory, Node and load: figures mean little without them. */
function machineLine(): string {
	const [one] = loadavg();
	return (
		`Máy: ${availableParallelism()} lõi (${cpus()[0]?.model.trim() ?? 'không rõ'}), ` +
		`${formatNumber(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ` +
		`tải trung bình 1 phút ${formatDecimal(one ?? 0)}`
	);
}

function parseList(value: string, allowed: readonly string[], option: string): string[] {
	const items = value
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
	const unknown = items.find((item) => !allowed.includes(item));
	if (unknown !== undefined) {
		throw new UserError(
			`${option} cần các giá trị trong ${allowed.join(', ')}; đang có "${unknown}"`
		);
	}
	return items;
}

type SectionBench = (corpora: BenchCorpus[]) => Promise<BenchRow[]>;

/** The `bench<Section>` export of `scripts/bench/<section>.ts`, when that file provides one. */
async function loadSection(section: Section): Promise<SectionBench | undefined> {
	const file = join(import.meta.dirname, `${section}.ts`);
	if (!existsSync(file)) return undefined;
	const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
	const bench = module[`bench${title(section)}`];
	return typeof bench === 'function' ? (bench as SectionBench) : undefined;
}

function title(section: string): string {
	return section.charAt(0).toUpperCase() + section.slice(1);
}

await runCli(main, import.meta.url);
