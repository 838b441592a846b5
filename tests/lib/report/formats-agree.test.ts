import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadReport } from '../../../src/lib/content/load-report';
import { formatDong, formatHours, formatNumber, formatPercent } from '../../../src/lib/format/vi';
import type { ReportData } from '../../../src/lib/report/build-report';
import { renderReport } from '../../../src/lib/report/render';
import { sheetNames } from '../../../src/lib/report/xlsx/workbook';
import ReportPage from '../../../src/pages/bao-cao/[year]/index.astro';
import { documentXml, paragraphsOf, readWorkbook } from './support/read-back';
import { projectContentDir } from '../../../src/lib/content/content-dir';

/**
 * The promise: for the sample year the page, the DOCX plan, the DOCX report, the
 * workbook and the Markdown show the same numbers, because all print one `ReportData`.
 */
let data: ReportData;
let page: string;
let plan: string;
let results: string;
let markdown: string;
let summary: Map<string, unknown>;

// Loads the whole catalogue and renders every format: seconds, many more on a loaded machine.
beforeAll(async () => {
	data = await loadReport(2026, projectContentDir(process.cwd()));
	const container = await AstroContainer.create();
	// `astro check` types a page without props as `(_props: never) => any`; the container
	// renders any component.
	page = (
		await container.renderToString(ReportPage as unknown as AstroComponentFactory, {
			params: { year: '2026' },
		})
	).replace(/<[^>]+>/g, ' ');
	const text = async (bytes: unknown) =>
		paragraphsOf(await documentXml(bytes as Uint8Array)).join('\n');
	plan = await text(await renderReport(data, 'docx', 'plan'));
	results = await text(await renderReport(data, 'docx', 'results'));
	markdown = (await renderReport(data, 'md')) as string;
	const workbook: ExcelJS.Workbook = await readWorkbook(
		(await renderReport(data, 'xlsx')) as Uint8Array
	);
	summary = new Map();
	workbook.getWorksheet(sheetNames.summary)!.eachRow((row) => {
		summary.set(String(row.getCell(1).value), row.getCell(2).value);
	});
}, 300_000);

describe('the sample year in every format', () => {
	test('plan coverage: selected, active and required are the same everywhere', () => {
		const { selected, population, required } = data.plan;
		for (const text of [plan, results, markdown]) {
			expect(text).toContain(`${formatNumber(selected)}/${formatNumber(population)}`);
		}
		expect(plan).toContain(`${formatNumber(required)}/${formatNumber(population)} thủ tục`);
		for (const value of [selected, population, required])
			expect(page).toContain(formatNumber(value));
		expect(summary.get('Được chọn trong Kế hoạch')).toBe(selected);
		expect(summary.get('Thủ tục đang thực hiện')).toBe(population);
	});

	test('compliance cost before and after, saving, aggregate rate and hours agree', () => {
		const { totals } = data.results!;
		for (const text of [page, results, markdown]) {
			expect(text).toContain(formatNumber(totals.before));
			expect(text).toContain(formatNumber(totals.after));
			expect(text).toContain(formatNumber(totals.saving));
			expect(text).toContain(formatPercent(totals.savingRate));
			expect(text).toContain(formatNumber(totals.hoursSaved));
		}
		expect(page).toContain(formatDong(totals.saving));
		expect(page).toContain(formatHours(totals.hoursSaved));
		expect(summary.get('Chi phí tuân thủ một năm hiện nay')).toBe(totals.before);
		expect(summary.get('Sau đơn giản hóa')).toBe(totals.after);
		expect(summary.get('Tiết kiệm một năm')).toBe(totals.saving);
		expect(summary.get('Tỷ lệ cắt giảm chung')).toBe(totals.savingRate);
		expect(summary.get('Giờ tiết kiệm một năm')).toBe(totals.hoursSaved);
	});

	test('the dossier statistics of the year agree', () => {
		const { totals } = data.dossiers!;
		for (const text of [page, results, markdown]) {
			expect(text).toContain(formatNumber(totals.received));
			expect(text).toContain(formatPercent(totals.onTimeRate!));
		}
		expect(summary.get('Hồ sơ tiếp nhận')).toBe(totals.received);
	});

	test('every format says the figures are sample data', () => {
		for (const text of [page, plan, results, markdown]) expect(text).toMatch(/dữ liệu mẫu/iu);
		expect([...summary.keys()]).toContain('DỮ LIỆU MẪU – không phải số liệu chính thức.');
	});
});
