import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import DocumentChecklist from '../../src/components/procedure/DocumentChecklist.astro';
import Feedback from '../../src/components/procedure/Feedback.astro';
import KeyFacts from '../../src/components/procedure/KeyFacts.astro';
import OtherAgencyNotice from '../../src/components/procedure/OtherAgencyNotice.astro';
import PlainSteps from '../../src/components/procedure/PlainSteps.astro';
import TaskBlock from '../../src/components/procedure/TaskBlock.astro';
import { feeGapFlags } from '../../src/lib/import/fee-gap-flag';
import { otherProvinceFlag } from '../../src/lib/procedure/provinces';
import { mockDesk } from '../support/citizen-settings';
import { parsedProcedure } from '../support/procedure-entry';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
/** Renders a component, without the source attributes the dev renderer adds to every element. */
const render = async (
	component: Parameters<AstroContainer['renderToString']>[0],
	props: Record<string, unknown>
) =>
	(await container.renderToString(component, { props })).replace(
		/ data-astro-source-[a-z]+="[^"]*"/g,
		''
	);

const desk = {
	kind: 'provincial' as const,
	name: 'Trung tâm Phục vụ hành chính công cấp tỉnh',
	details: mockDesk(),
	alsoCommune: false,
	recordAddress: null,
	communeDirectoryUrl: null,
};

describe('TaskBlock', () => {
	test('leads with the start button to the exact page', async () => {
		const html = await render(TaskBlock, {
			start: {
				kind: 'online',
				href: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc',
				portal: 'Cổng Dịch vụ công quốc gia',
			},
			desk,
		});
		expect(html).toMatch(
			/href="https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\/abc"[^>]*>\s*Nộp hồ sơ trực tuyến/
		);
	});
	test('prints no address, hours or phone that the settings do not give', async () => {
		const html = await render(TaskBlock, { start: null, desk });
		expect(html).toContain('Trung tâm Phục vụ hành chính công cấp tỉnh');
		expect(html).not.toMatch(/Địa chỉ|Giờ làm việc|Điện thoại/);
	});
	test('says when the commune can do it too', async () => {
		const html = await render(TaskBlock, { start: null, desk: { ...desk, alsoCommune: true } });
		expect(html).toMatch(/cấp tỉnh\s+hoặc Ủy ban nhân dân xã, phường/);
	});
	test('prints the desk’s settings with a map link when given', async () => {
		const html = await render(TaskBlock, {
			start: null,
			desk: {
				...desk,
				details: mockDesk({
					address: 'Số 1 đường A',
					openingHours: '7:30–17:00',
					phone: '0222 3 822 666',
					mapUrl: 'https://osm.org/x',
				}),
			},
		});
		expect(html).toContain('Số 1 đường A');
		expect(html).toContain('href="https://osm.org/x"');
		expect(html).toContain('href="tel:02223822666"');
	});
});

describe('Feedback', () => {
	const page = { code: '2.001130', name: 'Thủ tục', url: '/thu-tuc/2.001130/' };
	test('offers prefilled e-mails per part when an address is set', async () => {
		const html = await render(Feedback, {
			page,
			settings: { endpoint: null, email: 'tthc@stp.vn' },
		});
		expect(html).toContain('Trang này có hữu ích không?');
		expect(html).toMatch(/href="mailto:tthc@stp\.vn\?subject=B%C3%A1o/);
		expect(html).toContain('dvc-phan-anh-kien-nghi.html');
	});
	test('points to the national portal with the code when nothing is set', async () => {
		const html = await render(Feedback, { page, settings: { endpoint: null, email: null } });
		expect(html).not.toContain('mailto:');
		expect(html).toContain('<strong>2.001130</strong>');
		expect(html).toContain('https://dichvucong.gov.vn/p/home/dvc-phan-anh-kien-nghi.html');
	});
});

describe('DocumentChecklist', () => {
	const item = { name: 'Đơn', originals: 1, copies: 0 };
	test('shows every case and keeps the chooser hidden until the script runs', async () => {
		const html = await render(DocumentChecklist, {
			storageKey: 'tthc:giay-to:1.000001',
			groups: [
				{ case: 'a) Trường hợp A:', items: [item] },
				{ case: 'b) Trường hợp B:', items: [item] },
			],
		});
		expect(html).toMatch(/<fieldset[^>]*data-case-chooser[^>]*hidden/);
		expect(html).toContain('Bạn thuộc trường hợp nào?');
		expect(html.match(/type="checkbox"/g)).toHaveLength(2);
		expect(html).not.toMatch(/data-case="\d"[^>]*hidden/);
		expect(html).toContain('data-checklist="tthc:giay-to:1.000001"');
	});
	test('offers no chooser for one case', async () => {
		const html = await render(DocumentChecklist, {
			storageKey: 'k',
			groups: [{ items: [item] }],
		});
		expect(html).not.toContain('Bạn thuộc trường hợp nào?');
	});
});

describe('PlainSteps', () => {
	const steps = [
		{ title: 'Chuẩn bị giấy tờ', text: 'Chuẩn bị.' },
		{ title: 'Nộp hồ sơ', text: 'Nộp.' },
		{ title: 'Nhận kết quả', text: 'Nhận.' },
	];
	test('lists the steps, a space after each title', async () => {
		const html = await render(PlainSteps, { steps, handWritten: false });
		expect(html).toContain('<strong>Nộp hồ sơ:</strong> Nộp.');
		expect(html).toContain('data-pagefind-ignore');
	});
	test('lets full-text search index hand-written steps', async () => {
		const html = await render(PlainSteps, { steps, handWritten: true });
		expect(html).toMatch(/<section class="plain-steps" aria-labelledby="cach-lam">/);
	});
	test('shows nothing without steps', async () => {
		expect((await render(PlainSteps, { steps: [], handWritten: false })).trim()).toBe('');
	});
});

describe('KeyFacts', () => {
	test('never names another province as the agency, and says what the source wrote', async () => {
		const implementing = 'Sở Tư pháp Thành phố Hà Nội';
		const data = parsedProcedure({
			agencies: { implementing },
			flags: [otherProvinceFlag('agencies.implementing', implementing)],
		});
		const html = await render(KeyFacts, { data, today: '2026-01-01', province: null });
		expect(html).toMatch(/Cơ quan giải quyết<\/dt>\s*<dd>\s*Sở Tư pháp\s*</);
		expect(html.match(/nguồn ghi: “Sở Tư pháp Thành phố Hà Nội”/g)).toHaveLength(1);
	});
	test('shows the import’s flag on a fee that differs widely between channels', async () => {
		const channel = (kind: 'in-person' | 'postal', amount: number) => ({
			kind,
			timeLimit: { unit: 'unspecified' as const, asWritten: '' },
			fees: [{ kind: 'unspecified' as const, amount, asWritten: '' }],
		});
		const channels = [channel('in-person', 9000000), channel('postal', 50000000)];
		const data = parsedProcedure({ channels, flags: feeGapFlags(channels, []) });
		const html = await render(KeyFacts, { data, today: '2026-01-01', province: null });
		expect(html).toContain('Hãy hỏi lại mức thu trước khi nộp tiền');
		expect(html).toContain('9.000.000 đ và 50.000.000 đ');
	});
});

describe('OtherAgencyNotice', () => {
	test('says whose procedure it is and that the Department does not handle it', async () => {
		const html = await render(OtherAgencyNotice, { agency: 'Công an tỉnh' });
		expect(html).toContain('Thủ tục của Công an tỉnh');
		expect(html).toContain('do Công an tỉnh giải quyết, không phải Sở Tư pháp');
		expect(html).toContain('role="note"');
	});
});
