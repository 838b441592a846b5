import { describe, expect, test } from 'vitest';
import { formatQuantity } from '../../../src/lib/procedure/documents';
import { legalRefParts } from '../../../src/lib/procedure/legal';
import { factsLine, listLine } from '../../../src/lib/procedure/facts';
import { onlineSentence } from '../../../src/lib/procedure/online';
import { sourceLine } from '../../../src/lib/procedure/provenance';
import { nowLine, whereToGoNow } from '../../../src/lib/procedure/status';
import { parsedProcedure } from '../../support/procedure-entry';

describe('whereToGoNow', () => {
	test('says nothing for an active procedure', () => {
		expect(whereToGoNow({ state: 'active' })).toBeNull();
	});
	test('names the agency, date and successor code of a transferred procedure', () => {
		expect(
			whereToGoNow({
				state: 'transferred',
				since: '2025-07-01',
				successor: { agency: 'Công an cấp tỉnh', code: '3.000333' },
			})
		).toBe('Từ ngày 01/07/2025, thủ tục này do Công an cấp tỉnh giải quyết (mã 3.000333).');
	});
	test('names the replacing procedure', () => {
		expect(
			whereToGoNow({
				state: 'replaced',
				successor: { agency: 'Sở Tư pháp', code: '1.013859', name: 'Cấp thẻ công chứng viên' },
			})
		).toBe(
			'Thủ tục này đã được thay bằng thủ tục “Cấp thẻ công chứng viên” (mã 1.013859) do Sở Tư pháp giải quyết.'
		);
	});
	test('says a repealed procedure is abolished', () => {
		expect(whereToGoNow({ state: 'repealed', since: '2024-01-01' })).toBe(
			'Từ ngày 01/01/2024, thủ tục này đã bị bãi bỏ.'
		);
	});
});

describe('onlineSentence', () => {
	test('reports the published level and its source', () => {
		expect(
			onlineSentence({ online: { level: 'full', source: 'Cổng DVC tỉnh' }, channels: [] })
		).toMatch(/^Toàn trình.*\(theo Cổng DVC tỉnh\)\.$/);
	});
	test('says when the level was published by another province', () => {
		expect(
			onlineSentence(
				{ online: { level: 'full', source: 'Toàn trình (Thái Bình)' }, channels: [] },
				null
			)
		).toContain('là mức độ ở một tỉnh, thành phố khác');
		expect(
			onlineSentence(
				{ online: { level: 'full', source: 'Cổng DVC tỉnh Thái Bình' }, channels: [] },
				'Hưng Yên'
			)
		).toMatch(/\(theo Cổng DVC tỉnh Thái Bình\)\.$/);
	});
	test('falls back to the channel list when no level is published', () => {
		const { online, channels } = parsedProcedure();
		expect(onlineSentence({ online, channels })).toMatch(/^Nộp hồ sơ trực tuyến được/);
		expect(onlineSentence({ online, channels: [] })).toBe('Chưa có thông tin về nộp trực tuyến.');
	});
});

describe('formatQuantity', () => {
	test('writes originals and copies', () => {
		expect(formatQuantity({ originals: 1, copies: 2 })).toBe('1 bản chính, 2 bản sao');
		expect(formatQuantity({ originals: 0, copies: 3 })).toBe('3 bản sao');
	});
	test('returns null when the source gives no count', () => {
		expect(formatQuantity({ originals: 0, copies: 0 })).toBeNull();
	});
});

describe('factsLine', () => {
	test('gives the shortest time limit and the fee', () => {
		expect(factsLine(parsedProcedure())).toBe('5 ngày làm việc · Miễn phí');
	});
	test('gives the amount when there is one', () => {
		const data = parsedProcedure({
			channels: [
				{
					kind: 'online',
					timeLimit: { value: 15, unit: 'days' },
					fees: [{ kind: 'phi', amount: 800000 }],
				},
			],
		});
		expect(factsLine(data)).toBe('15 ngày · 800.000 đ');
	});
});

describe('sourceLine', () => {
	test('names the source, decision, snapshot and update day', () => {
		const { provenance } = parsedProcedure({
			provenance: {
				source: 'national-db',
				dataset: 'x',
				record: 'y',
				decision: '1262/QĐ-BTP',
				snapshot: '2025-2026',
			},
		});
		expect(sourceLine(provenance, '2026-05-12')).toBe(
			'Nguồn: CSDL quốc gia về thủ tục hành chính, quyết định công bố 1262/QĐ-BTP, bản lưu 2025-2026, cập nhật 12/05/2026.'
		);
	});
});

describe('legalRefParts', () => {
	test('puts kind, date and issuer around the number, and the title after a dash', () => {
		expect(
			legalRefParts({
				number: '28/2009/QH12',
				type: 'Luật',
				issuer: 'Quốc hội',
				date: '2009-06-17',
				title: 'Luật Lý lịch tư pháp',
			})
		).toEqual({
			before: 'Luật ',
			number: '28/2009/QH12',
			after: ' ngày 17/06/2009 của Quốc hội – Luật Lý lịch tư pháp',
		});
	});
	test('leaves out a title that only repeats kind and number', () => {
		expect(
			legalRefParts({
				number: '111/2010/NĐ-CP',
				type: 'Nghị định',
				title: 'Nghị định 111/2010/NĐ-CP',
			}).after
		).toBe('');
	});
});

describe('nowLine', () => {
	test('says nothing for an active procedure', () => {
		expect(nowLine({ state: 'active' })).toBeNull();
	});
	test('names the agency and code a transferred procedure went to', () => {
		expect(
			nowLine({ state: 'transferred', successor: { agency: 'Công an tỉnh', code: '3.000333' } })
		).toBe('Nay do Công an tỉnh giải quyết (mã 3.000333)');
	});
	test('names the code of the replacing procedure', () => {
		expect(
			nowLine({ state: 'replaced', successor: { agency: 'Sở Tư pháp', code: '1.013859' } })
		).toBe('Đã thay bằng thủ tục mới (mã 1.013859)');
		expect(nowLine({ state: 'repealed' })).toBe('Đã bãi bỏ');
	});
});

describe('listLine', () => {
	test('shows the facts of an active procedure', () => {
		const data = parsedProcedure();
		expect(listLine(data)).toBe(factsLine(data));
	});
	test('shows where to go now instead of the old fee and time limit', () => {
		const data = parsedProcedure({
			status: { state: 'transferred', successor: { agency: 'Công an tỉnh' } },
		});
		expect(listLine(data)).toBe('Nay do Công an tỉnh giải quyết');
		expect(listLine(data)).not.toMatch(/ngày|phí/);
	});
	test('leads with where to file a commune-level procedure', () => {
		const data = parsedProcedure({ level: ['commune', 'other'] });
		expect(listLine(data)).toBe(`Nộp tại UBND xã, phường nơi cư trú · ${factsLine(data)}`);
	});
	test('names the agency of another agency’s procedure', () => {
		const data = parsedProcedure({ otherAgency: 'Công an tỉnh' });
		expect(listLine(data)).toBe(`Do Công an tỉnh giải quyết · ${factsLine(data)}`);
	});
	test('never shows the old facts of a transferred commune-level procedure', () => {
		const data = parsedProcedure({
			level: ['commune'],
			status: { state: 'replaced', successor: { agency: 'UBND cấp xã', code: '1.013859' } },
		});
		expect(listLine(data)).toBe('Đã thay bằng thủ tục mới (mã 1.013859)');
	});
});
