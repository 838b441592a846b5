import { performance } from 'node:perf_hooks';
import { resolveUserPath, type CliIo } from '../../src/lib/cli/io';
import { runCli, UserError } from '../../src/lib/cli/run';
import { loadDossierSignals, loadReviewContent } from '../../src/lib/content/load-review-content';
import { formatDecimal, formatNumber } from '../../src/lib/format/vi';
import { reviewYears } from '../../src/lib/review/content';
import { buildPlan } from '../../src/lib/review/plan/build-plan';
import { scoreYear } from '../../src/lib/review/score/score-year';
import { parseOptions } from '../support/args';
import { contentDir } from '../../src/lib/content/content-dir';

const usage = `Cách dùng: npx tsx scripts/bench/review.ts [--runs 50] [--root <dự-án>]

Đo bộ máy rà soát trên cả danh mục (không phải kiểm thử): nạp và kiểm tra nội dung một lần, rồi
lặp buildPlan và scoreYear. In số mili giây, không khẳng định gì. --root đo một cây nội dung
khác, ví dụ bộ 2.642 thủ tục (npm run import -- --scope all).

  --runs <n>       số lần lặp (mặc định 50)
  --root <dự-án>   thư mục dự án cần đo (mặc định: dự án này)
  --help           xem hướng dẫn này`;

/** `npx tsx scripts/bench/review.ts`: times the review engine over the whole catalogue. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			runs: { type: 'string', default: '50' },
			root: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const runs = Number(values.runs);
	if (!/^\d+$/.test(values.runs) || runs < 1) {
		throw new UserError(`--runs cần một số nguyên ≥ 1; đang là "${values.runs}"`);
	}
	const root = values.root ? resolveUserPath(io, values.root) : io.root;
	let started = performance.now();
	const at = contentDir(root, io.env);
	const content = loadReviewContent(at);
	const loadMs = performance.now() - started;
	const scoreYearValue = reviewYears(content).at(-1) ?? new Date().getFullYear();
	const planYear = scoreYearValue + 1;
	const dossiers = await loadDossierSignals(at, planYear);
	const time = (work: () => unknown) => {
		const samples: number[] = [];
		for (let run = 0; run < runs; run += 1) {
			started = performance.now();
			work();
			samples.push(performance.now() - started);
		}
		samples.sort((a, b) => a - b);
		return { median: samples[Math.floor(samples.length / 2)]!, max: samples.at(-1)! };
	};
	const plan = time(() => buildPlan(content, { year: planYear, dossiers }));
	const score = time(() => scoreYear(content, scoreYearValue));
	const ms = (value: number) => `${formatDecimal(value)} ms`;
	io.log(
		`danh mục: ${formatNumber(content.procedures.length)} thủ tục, ${formatNumber(content.reviews.length)} bản rà soát`
	);
	io.log(`nạp và kiểm tra nội dung (một lần): ${ms(loadMs)}`);
	io.log(
		`kế hoạch ${planYear} (${runs} lần): trung vị ${ms(plan.median)}, lâu nhất ${ms(plan.max)}`
	);
	io.log(
		`chấm điểm ${scoreYearValue} (${runs} lần): trung vị ${ms(score.median)}, lâu nhất ${ms(score.max)}`
	);
	return 0;
}

await runCli(main, import.meta.url);
