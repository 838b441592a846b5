import { describe, expect, test } from 'vitest';
import { splitChannels } from '../../../src/lib/import/split-channels';

const header = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

describe('splitChannels', () => {
	test('returns one row per channel with time and fee cells', () => {
		const rows = splitChannels(
			`${header}Trực tuyến5 Ngày làm việcMiễn phíDịch vụ bưu chính5 Ngày làm việcMiễn phí`
		);
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({
			channel: 'Trực tuyến',
			time: '5 Ngày làm việc',
			fee: 'Miễn phí',
		});
		expect(rows[1]?.channel).toBe('Dịch vụ bưu chính');
	});

	test('reads a bare number and the placeholder 1 as time cells', () => {
		const rows = splitChannels(`${header}Trực tiếp105Miễn phíTrực tuyến1Miễn phí`);
		expect(rows.map((row) => row.time)).toEqual(['105', '1']);
	});

	test('splits the placeholder 1 off a fee it ran into', () => {
		const [row] = splitChannels(
			`${header}Trực tuyến1100 VNĐ(Miễn phí đối với: người di cư từ Lào)`
		);
		expect(row).toMatchObject({
			time: '1',
			fee: '100 VNĐ',
			feeNote: '(Miễn phí đối với: người di cư từ Lào)',
		});
	});

	test('keeps digits whole and marks them when only a number other than 1 ran into the fee', () => {
		const [row] = splitChannels(`${header}Trực tuyến220 VNĐ`);
		expect(row).toMatchObject({ time: '', fee: '220 VNĐ', glued: '220' });
	});

	test('keeps a doubly bracketed note whole', () => {
		const note =
			'((áp dụng mức phí 25.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC))';
		const [row] = splitChannels(
			`${header}Trực tuyến7 Ngày làm việc50 VNĐ${note}Trực tiếp7 Ngày làm việc50 VNĐ`
		);
		expect(row?.feeNote).toBe(note);
		expect(row?.description).toBe('');
	});

	test('ends the note at its balanced bracket and keeps the rest as description', () => {
		const [row] = splitChannels(
			`${header}Trực tuyến25 Ngày làm việc4,500,000 Việt Nam Đồng(gồm 3.000.000 đồng (Ba triệu đồng) thẩm định). (Áp dụng mức phí).)- 20 ngày làm việc`
		);
		expect(row?.feeNote).toBe('(gồm 3.000.000 đồng (Ba triệu đồng) thẩm định)');
		expect(row?.description).toBe('. (Áp dụng mức phí).)- 20 ngày làm việc');
	});

	test('does not start a row at channel words inside a description', () => {
		const rows = splitChannels(
			`${header}Trực tiếp5 Ngày50,000 Việt Nam ĐồngHồ sơ được gửi trực tiếp, qua hệ thống bưu chính hoặc trực tuyến.Trực tuyến7 Ngày50,000 Việt Nam Đồng`
		);
		expect(rows).toHaveLength(2);
		expect(rows[0]?.description).toBe(
			'Hồ sơ được gửi trực tiếp, qua hệ thống bưu chính hoặc trực tuyến.'
		);
	});

	test('does not start a row at a channel name followed by a colon', () => {
		const rows = splitChannels(`${header}Trực tuyến5 NgàyMiễn phí- Trực tiếp: nộp hồ sơ tại Sở`);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.description).toBe('- Trực tiếp: nộp hồ sơ tại Sở');
	});

	test('does not start a row inside an open bracket', () => {
		const rows = splitChannels(`${header}Trực tuyến5 NgàyMiễn phí(ghi chú (Trực tiếp5 ngày))`);
		expect(rows).toHaveLength(1);
	});

	test('reads “Không có thông tin” in the time and fee cells', () => {
		const [row] = splitChannels(`${header}Trực tuyếnKhông có thông tin8,000 VNĐ`);
		expect(row).toMatchObject({ time: 'Không có thông tin', fee: '8,000 VNĐ' });
	});

	test('reads a time cell written in words', () => {
		const [row] = splitChannels(`${header}Trực tuyếnKhông quy địnhMiễn phíQua Cổng DVC Quốc gia`);
		expect(row).toMatchObject({
			time: 'Không quy định',
			fee: 'Miễn phí',
			description: 'Qua Cổng DVC Quốc gia',
		});
	});

	test('returns nothing for an empty table', () => {
		expect(splitChannels('')).toEqual([]);
	});
});
