import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import ChangeSetList from '../../src/components/changes/ChangeSetList.astro';
import ChangeHistory from '../../src/components/procedure/ChangeHistory.astro';
import { indexChangeLog, type ChangeIndex } from '../../src/lib/changes/change-index';
import { mockLoggedSet, reimportedChangeLog } from '../support/change-log-factory';

let container: AstroContainer;
let index: ChangeIndex;
beforeAll(async () => {
	container = await AstroContainer.create();
	index = indexChangeLog(await reimportedChangeLog());
});

/** Renders a component to its visible text, one space between words. */
const text = async (
	component: Parameters<AstroContainer['renderToString']>[0],
	props: Record<string, unknown>
) =>
	(await container.renderToString(component, { props }))
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ([:,)])/g, '$1')
		.replace(/\( /g, '(');

describe('ChangeHistory', () => {
	test('returns the re-import’s fee change in plain words, newest first', async () => {
		const shown = await text(ChangeHistory, { entries: index.byProcedure.get('2.000954') });
		expect(shown).toContain('Lịch sử thay đổi');
		expect(shown).toMatch(
			/04\/03\/2026 \(Cập nhật từ Cơ sở dữ liệu quốc gia về thủ tục hành chính\): Thay đổi nội dung, theo Quyết định 2000\/QĐ-BTP Phí, lệ phí \(Trực tiếp\): Miễn phí → 50\.000 đ/
		);
		expect(shown.indexOf('04/03/2026')).toBeLessThan(shown.indexOf('02/01/2026'));
		expect(shown).toMatch(/02\/01\/2026 \(.*\): Thêm vào danh mục/);
	});

	test('returns the added paper and the withdrawn procedure', async () => {
		expect(await text(ChangeHistory, { entries: index.byProcedure.get('1.000404') })).toContain(
			'Thành phần hồ sơ: thêm “Bản sao Quyết định thành lập Trung tâm tư vấn pháp luật (1 bản sao)”'
		);
		expect(await text(ChangeHistory, { entries: index.byProcedure.get('1.000390') })).toMatch(
			/Không còn trong danh mục quốc gia Tình trạng: Đang áp dụng → Không còn trong danh mục quốc gia/
		);
	});

	test('returns “no change since” the day the log started when there is none', async () => {
		expect(await text(ChangeHistory, { entries: [], since: '2026-11-28' })).toContain(
			'Chưa có thay đổi nào kể từ 28/11/2026, ngày bắt đầu ghi nhật ký thay đổi.'
		);
	});
});

describe('ChangeSetList', () => {
	test('returns each change set under its day with an anchor and the editor’s note', async () => {
		const html = await container.renderToString(ChangeSetList, {
			props: { sets: [mockLoggedSet({ effective: '2025-07-01', decision: '1540/QĐ-BTP' })] },
		});
		expect(html).toContain('id="2026-07-01-1-hand-edit"');
		expect(html).toContain('Cập nhật theo quyết định mới');
		expect(html).toContain('Lệ phí (Trực tiếp): 100.000 đ → 50.000 đ');
		expect(html).toMatch(/từ 01\/07\/2025, theo Quyết định 1540\/QĐ-BTP/);
		expect(html).toContain('href="/thu-tuc/1.002153/"');
	});
});
