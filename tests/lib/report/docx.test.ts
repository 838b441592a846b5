import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadReport } from '../../../src/lib/content/load-report';
import { formatNumber, formatPercent } from '../../../src/lib/format/vi';
import type { ReportData } from '../../../src/lib/report/build-report';
import { documentContent, renderReport } from '../../../src/lib/report/render';
import { documentXml, paragraphsOf, tablesOf } from './support/read-back';
import { projectContentDir } from '../../../src/lib/content/content-dir';

let data: ReportData;
let plan: string;
let results: string;

// Loads the whole catalogue and renders two documents: seconds, many more on a loaded machine.
beforeAll(async () => {
	data = await loadReport(2026, projectContentDir(process.cwd()));
	plan = await documentXml((await renderReport(data, 'docx', 'plan')) as Uint8Array);
	results = await documentXml((await renderReport(data, 'docx', 'results')) as Uint8Array);
}, 300_000);

/** Number of tables the blocks and appendices of a document hold (the header and signature tables aside). */
function dataTables(document: 'plan' | 'results'): number {
	const content = documentContent(data, document);
	return [...content.blocks, ...content.appendices.flatMap((appendix) => appendix.blocks)].filter(
		(block) => block.kind === 'table'
	).length;
}

describe('DOCX plan (Kế hoạch rà soát, đánh giá TTHC)', () => {
	test('is well-formed XML', () => {
		expect(() => new JSDOM(plan, { contentType: 'text/xml' })).not.toThrow();
	});

	test('has the NĐ 30/2020 header: agency, number, national motto, place and date', () => {
		const text = paragraphsOf(plan);
		for (const line of [
			'UBND TỈNH ……',
			'SỞ TƯ PHÁP',
			'Số: …/KH-STP',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'……, ngày … tháng … năm …',
			'KẾ HOẠCH',
			'Rà soát, đánh giá thủ tục hành chính năm 2026',
			'GIÁM ĐỐC',
			'Nơi nhận:',
		]) {
			expect(text).toContain(line);
		}
	});

	test('says it is sample data', () => {
		expect(paragraphsOf(plan)).toContain(
			'DỮ LIỆU MẪU – văn bản minh họa, không phải văn bản chính thức.'
		);
	});

	test('is A4 with margins 20/20/30/15 mm and Times New Roman', () => {
		expect(plan).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
		expect(plan).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
	});

	test('lists every selected procedure with its grounds, lead unit and deadline', () => {
		const text = paragraphsOf(plan).join('\n');
		expect(text).toContain(
			`${formatNumber(data.plan.required)}/${formatNumber(data.plan.population)} thủ tục`
		);
		for (const row of data.plan.rows) {
			expect(text).toContain(row.name);
			expect(text).toContain(row.grounds[0]!);
		}
		expect(text).toContain('01/06/2026');
		const appendix = tablesOf(plan).at(-1)!;
		expect(appendix).toHaveLength(data.plan.selected + 1);
	});

	test('repeats the heading row of every data table across pages, and only that row', () => {
		const tables = tablesOf(plan).filter((rows) =>
			rows.some((row) => row.includes('<w:tblHeader/>'))
		);
		expect(tables).toHaveLength(dataTables('plan'));
		for (const rows of tables) {
			expect(rows[0]).toContain('<w:tblHeader/>');
			expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
		}
	});
});

describe('DOCX results report (Báo cáo kết quả rà soát)', () => {
	test('is well-formed XML with the report’s number and title', () => {
		expect(() => new JSDOM(results, { contentType: 'text/xml' })).not.toThrow();
		const text = paragraphsOf(results);
		expect(text).toContain('Số: …/BC-STP');
		expect(text).toContain('BÁO CÁO');
		expect(text).toContain('Kết quả rà soát, đánh giá thủ tục hành chính năm 2026');
	});

	test('gives the cost totals, the aggregate rate, hours and the dossier count', () => {
		const text = paragraphsOf(results).join('\n');
		const { totals } = data.results!;
		for (const figure of [
			formatNumber(totals.before),
			formatNumber(totals.after),
			formatNumber(totals.saving),
			formatPercent(totals.savingRate),
			formatNumber(totals.hoursSaved),
			formatNumber(data.dossiers!.totals.received),
		]) {
			expect(text).toContain(figure);
		}
	});

	test('lists every review, and every proposal with its document and authority', () => {
		const text = paragraphsOf(results).join('\n');
		for (const record of data.results!.records) expect(text).toContain(record.name);
		for (const group of data.results!.proposals) {
			expect(text).toContain(`Kiến nghị ${group.decidedBy}`);
			for (const proposal of group.proposals) expect(text).toContain(proposal.document);
		}
	});

	test('repeats the heading row of every data table', () => {
		const headed = tablesOf(results).filter((rows) => rows[0]!.includes('<w:tblHeader/>'));
		expect(headed).toHaveLength(dataTables('results'));
	});

	test('cannot be printed for a year without reviews', async () => {
		const next = await loadReport(2027, projectContentDir(process.cwd()));
		await expect(renderReport(next, 'docx', 'results')).rejects.toThrow(
			'năm 2027 chưa có bản rà soát nào'
		);
	}, 300_000);
});
