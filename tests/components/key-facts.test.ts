import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import KeyFacts from '../../src/components/procedure/KeyFacts.astro';
import { parsedProcedure } from '../support/procedure-entry';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const data = parsedProcedure({
	channels: [
		{
			kind: 'in-person',
			timeLimit: { value: 7, unit: 'working-days' },
			fees: [
				{
					kind: 'le-phi',
					amount: 50,
					asWritten: '50 VNĐ',
					exemptions: 'Người có công với cách mạng',
					temporaryRate: {
						amount: 25000,
						from: '2025-07-01',
						to: '2026-12-31',
						basis: '64/2025/TT-BTC',
					},
				},
			],
		},
	],
	flags: [
		{
			code: 'fee-lost-thousands',
			path: 'channels[0].fees[0].amount',
			message: 'Số tiền có vẻ mất phần nghìn.',
			asWritten: '50 VNĐ',
		},
	],
});
const render = (today: string) => container.renderToString(KeyFacts, { props: { data, today } });

describe('KeyFacts', () => {
	test('shows the fee with its flag right after it', async () => {
		const html = await render('2026-01-01');
		expect(html).toMatch(/50 đ[\s\S]*Giá trị này đang được xác minh[\s\S]*mất phần nghìn/);
	});
	test('shows who is exempt', async () => {
		expect(await render('2026-01-01')).toContain('Người có công với cách mạng');
	});
	test('shows a temporary rate with its dates while it is in force', async () => {
		const html = await render('2026-01-01');
		expect(html).toContain('25.000 đ');
		expect(html).toContain('từ 01/07/2025 đến hết 31/12/2026');
	});
	test('hides a temporary rate once it has expired', async () => {
		expect(await render('2027-01-01')).not.toContain('25.000 đ');
	});
	test('tells whether it can be done online', async () => {
		expect(await render('2026-01-01')).toContain('Chưa có thông tin về nộp trực tuyến');
	});
});
