import { describe, expect, test } from 'vitest';
import { formatDong, formatNumber, formatPercent } from '../../../src/lib/format/vi';
import { documentMarkdown } from '../../../src/lib/report/markdown';
import { renderReport } from '../../../src/lib/report/render';
import { letterhead } from '../../../src/lib/report/letterhead';
import { organisation } from '../../../src/config/organisation';
import { mockReport, mockReportContent } from '../../support/report-factory';

describe('report Markdown', () => {
	test('holds the plan and the results, each with its header, body, signature and appendix', async () => {
		const markdown = (await renderReport(mockReport(), 'md')) as string;
		expect(markdown).toContain('# KẾ HOẠCH: Rà soát, đánh giá thủ tục hành chính năm 2026');
		expect(markdown).toContain('# BÁO CÁO: Kết quả rà soát, đánh giá thủ tục hành chính năm 2026');
		expect(markdown).toContain('Số: …/KH-STP');
		expect(markdown).toContain('**GIÁM ĐỐC**');
		expect(markdown).toContain(
			'## PHỤ LỤC: DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT, ĐÁNH GIÁ NĂM 2026'
		);
		expect(markdown).toMatch(/^> \*\*DỮ LIỆU MẪU/m);
	});

	test('gives the same totals as the data, in the table footer and the text', async () => {
		const data = mockReport();
		const markdown = (await renderReport(data, 'md')) as string;
		const { totals } = data.results!;
		expect(markdown).toContain(
			`| **Tổng cộng** | **${formatNumber(totals.before)}** | **${formatNumber(totals.after)}**`
		);
		expect(markdown).toContain(`tiết kiệm ${formatDong(totals.saving)}/năm`);
		expect(markdown).toContain(`Tỷ lệ cắt giảm chung ${formatPercent(totals.savingRate)}`);
	});

	test('holds only the plan for a year without reviews', async () => {
		const markdown = (await renderReport(mockReport(mockReportContent(), 2027), 'md')) as string;
		expect(markdown).toContain('# KẾ HOẠCH');
		expect(markdown).not.toContain('# BÁO CÁO');
	});

	test('escapes pipes and keeps line breaks inside table cells', () => {
		const markdown = documentMarkdown({
			letterhead: letterhead(organisation, 'plan', 2026),
			blocks: [
				{
					kind: 'table',
					columns: [
						{ heading: 'A', width: 1 },
						{ heading: 'B', width: 1, align: 'right' },
					],
					rows: [['x | y', 'one\ntwo']],
				},
			],
			appendices: [],
		});
		expect(markdown).toContain('| A | B |\n| --- | ---: |\n| x \\| y | one<br>two |');
	});
});
