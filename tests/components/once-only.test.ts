import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import CandidateList from '../../src/components/documents/CandidateList.astro';
import KindTable from '../../src/components/documents/KindTable.astro';
import RuleTable from '../../src/components/documents/RuleTable.astro';
import StateDataTable from '../../src/components/documents/StateDataTable.astro';
import { buildOnceOnlyReport } from '../../src/lib/documents/once-only-report';
import { kindRules } from '../../src/lib/documents/rules';
import { mockEntry } from '../support/procedure-entry';
import { parsedStateData } from '../support/state-data-factory';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const table = parsedStateData();
const procedures = [
	mockEntry({
		code: '1.000001',
		name: 'Bổ nhiệm giám định viên',
		documents: [
			{
				items: [
					{ name: 'Đơn đề nghị', originals: 1, copies: 0 },
					{ name: 'Bản sao Thẻ căn cước', originals: 0, copies: 1 },
				],
			},
		],
	}),
];
const report = buildOnceOnlyReport({
	procedures,
	table,
	hourlyIncome: 47727,
	dossiers: { years: [2025], byProcedure: { '1.000001': { received: 10, finished: 10, late: 0 } } },
});

describe('KindTable', () => {
	test('shows each kind with its procedures, dossiers and the database that holds it', async () => {
		const html = await container.renderToString(KindTable, {
			props: { kinds: report.kinds, names: new Map([['1.000001', 'Bổ nhiệm giám định viên']]) },
		});
		expect(html).toMatch(
			/Giấy tờ tùy thân[\s\S]*>1<[\s\S]*>10<[\s\S]*Cơ sở dữ liệu quốc gia về dân cư/
		);
		expect(html).toContain('href="/thu-tuc/1.000001/"');
		expect(html).toContain('Chưa có');
	});
});

describe('CandidateList', () => {
	test('shows each candidate, that the record says nothing yet, and its yearly saving', async () => {
		const html = await container.renderToString(CandidateList, {
			props: { procedures: report.procedures },
		});
		expect(html).toContain('Bản sao Thẻ căn cước');
		expect(html).toContain('Thủ tục chưa ghi việc khai thác dữ liệu thay cho giấy tờ này.');
		expect(html).toContain('tiết kiệm 10 giờ và 497.270 đ mỗi năm');
	});
});

describe('StateDataTable', () => {
	test('quotes the record of each basis and flags a basis not checked against the text', async () => {
		const html = await container.renderToString(StateDataTable, { props: { table } });
		expect(html).toContain('66.7/2025/NQ-CP — thủ tục 1.003198');
		expect(html).toContain('Căn cứ chưa đối chiếu văn bản.');
		expect(html).toContain('2 giờ (Ước tính), 0 đ (Theo TTHC công bố)');
	});
});

describe('RuleTable', () => {
	test('lists every row of the rule table in order', async () => {
		const html = await container.renderToString(RuleTable);
		expect(html.match(/<tr\b/g)).toHaveLength(kindRules.length + 1);
		expect(html).toContain(kindRules[0]!.pattern.source.slice(0, 20));
	});
});
