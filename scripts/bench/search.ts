import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/lib/browser/chromium';
import { percentile } from '../../src/lib/bench/percentile';
import { resolveUserPath, type CliIo } from '../../src/lib/cli/io';
import { runCli, UserError } from '../../src/lib/cli/run';
import { formatDecimal } from '../../src/lib/format/vi';
import { parseOptions } from '../support/args';
import { benchQueries } from './search-queries';
import { addSearchProbe, typeQueries, warmUp } from './search-page';
import { serveDist, type ServedSite } from './serve-dist';
import type { BenchCorpus, BenchRow } from './types';

const usage = `Cách dùng: npx tsx scripts/bench/search.ts --dist <thư mục> [--label <tên>] [--procedures <số>]

Đo tìm kiếm trên một trang đã dựng (không phải kiểm thử), trong Chromium của Debian: gõ từng phím
${benchQueries.length} câu tìm trên trang chủ, từ lúc gõ đến khi kết quả hiện, có và không giảm tốc CPU ×4;
rồi thời gian đến kết quả đầu tiên của tìm toàn văn (Pagefind).

  --dist <thư mục>    trang đã dựng (mặc định: dist)
  --label <tên>       tên bộ dữ liệu trong bảng (mặc định: tên thư mục)
  --procedures <số>   số thủ tục của bộ dữ liệu, để chọn ngưỡng (mặc định: đếm trong search-index.json)
  --help              xem hướng dẫn này`;

const section = 'tìm kiếm';

/** A phone-sized window: what citizens use, and what the result list is laid out for. */
const phone = { width: 390, height: 844 };

/**
 * Budgets of issue 12 for the key press to results, by catalogue size: the province scale
 * (2,642 procedures) and below, and the national scale (10,000).
 */
function keyBudget(procedures: number, throttled: boolean): BenchRow['budget'] {
	if (procedures >= 10_000) return throttled ? undefined : { limit: 100, comparison: '<=' };
	return { limit: throttled ? 150 : 50, comparison: '<=' };
}

/** Full-text queries: the first loads Pagefind, the others show the cost of a warm search. */
const fullTextQueries = ['giay khai sinh', 'ban sao co chung thuc', 'le phi', 'dang ky', 'to khai'];

/** Times the instant search, key press by key press, on a fresh page. */
async function timeKeys(browser: Browser, site: ServedSite, throttle: number): Promise<number[]> {
	const context = await browser.newContext({ locale: 'vi-VN', viewport: phone });
	try {
		const page = await context.newPage();
		await addSearchProbe(page);
		await page.goto(`${site.baseUrl}/`);
		await warmUp(page);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
		return await typeQueries(page, benchQueries);
	} finally {
		await context.close();
	}
}

/** Milliseconds from typing a full-text query to its first result link, per query. */
async function timeFullText(browser: Browser, site: ServedSite): Promise<number[]> {
	const context = await browser.newContext({ locale: 'vi-VN', viewport: phone });
	try {
		const page: Page = await context.newPage();
		await page.goto(`${site.baseUrl}/tim-kiem/`);
		await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
		const times: number[] = [];
		for (const query of fullTextQueries) {
			await page.fill('#tim-toan-van', '');
			await page.waitForSelector('[data-fulltext-results]', { state: 'detached' });
			const started = performance.now();
			await page.fill('#tim-toan-van', query);
			await page.waitForSelector('[data-fulltext-results] a');
			times.push(performance.now() - started);
		}
		return times;
	} finally {
		await context.close();
	}
}

/** The rows of one corpus: key press p50/p95 with and without throttling, and Pagefind. */
async function benchCorpus(browser: Browser, root: string, corpus: BenchCorpus) {
	const site = await serveDist(root, corpus.distDir as string);
	const row = (metric: string, value: number, budget?: BenchRow['budget']): BenchRow => ({
		section,
		corpus: corpus.label,
		metric,
		value: Math.round(value * 10) / 10,
		unit: 'ms',
		...(budget ? { budget } : {}),
	});
	try {
		const rows: BenchRow[] = [];
		for (const throttle of [1, 4]) {
			const keys = await timeKeys(browser, site, throttle);
			const speed = throttle === 1 ? 'không giảm tốc' : `CPU chậm ×${throttle}`;
			rows.push(
				{ ...row(`số phím gõ (${speed})`, keys.length), unit: 'phím' },
				row(`gõ phím → kết quả p50 (${speed})`, percentile(keys, 0.5)),
				row(
					`gõ phím → kết quả p95 (${speed})`,
					percentile(keys, 0.95),
					keyBudget(corpus.procedures, throttle > 1)
				)
			);
		}
		const [first = Number.NaN, ...later] = await timeFullText(browser, site);
		rows.push(
			row('toàn văn (Pagefind): kết quả đầu tiên, lần tìm đầu', first),
			row('toàn văn (Pagefind): kết quả đầu tiên, các lần sau p50', percentile(later, 0.5))
		);
		return rows;
	} finally {
		await site.stop();
	}
}

/**
 * The search section of `npm run bench`: for each corpus that has a built site, the instant
 * search’s key press to painted results in Chromium, and the full-text search’s first result.
 * Times include the full-text search’s 250 ms pause after typing (`use-full-text.ts`).
 */
export async function benchSearch(
	corpora: BenchCorpus[],
	root: string = process.cwd()
): Promise<BenchRow[]> {
	const built = corpora.filter((corpus) => corpus.distDir);
	if (built.length === 0) return [];
	const browser = await launchBrowser();
	try {
		const rows: BenchRow[] = [];
		for (const corpus of built) rows.push(...(await benchCorpus(browser, root, corpus)));
		return rows;
	} finally {
		await browser.close();
	}
}

/** `npx tsx scripts/bench/search.ts`: the search section alone, on one built site. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			dist: { type: 'string', default: 'dist' },
			label: { type: 'string' },
			procedures: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const distDir = resolveUserPath(io, values.dist);
	const procedures = values.procedures ? Number(values.procedures) : await countRecords(distDir);
	if (!Number.isInteger(procedures) || procedures < 1)
		throw new UserError(`--procedures: cần một số nguyên ≥ 1; đang là "${values.procedures}"`);
	const label = values.label ?? distDir;
	const rows = await benchSearch([{ label, procedures, contentDir: '', distDir }], io.root);
	for (const { metric, value, unit, budget } of rows) {
		const verdict = budget
			? ` (ngưỡng ${budget.comparison} ${budget.limit} ${unit}: ${passes(value, budget) ? 'đạt' : 'KHÔNG ĐẠT'})`
			: '';
		io.log(`${label}: ${metric}: ${formatDecimal(value)} ${unit}${verdict}`);
	}
	return 0;
}

/** Whether a figure is within its budget. */
function passes(value: number, budget: NonNullable<BenchRow['budget']>): boolean {
	return budget.comparison === '<=' ? value <= budget.limit : value >= budget.limit;
}

/** How many procedures a built site has: the records of its instant-search index. */
async function countRecords(distDir: string): Promise<number> {
	const { readFile } = await import('node:fs/promises');
	const text = await readFile(`${distDir}/search-index.json`, 'utf8').catch(() => {
		throw new UserError(`${distDir}/search-index.json: không đọc được; hãy dựng trang trước`);
	});
	return (JSON.parse(text) as unknown[]).length;
}

await runCli(main, import.meta.url);
