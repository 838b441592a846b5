import { describe, expect, test } from 'vitest';
import { createSearch } from '../../../src/lib/search/engine';
import { toSearchRecord } from '../../../src/lib/search/records';
import { mockEntry } from '../../support/procedure-entry';

const catalogue = [
	mockEntry({ code: '2.002039', name: 'Nhập quốc tịch Việt Nam ở trong nước', field: 'Quốc tịch' }),
	mockEntry({ code: '2.002036', name: 'Thôi quốc tịch Việt Nam ở trong nước', field: 'Quốc tịch' }),
	mockEntry({ code: '1.013859', name: 'Cấp thẻ công chứng viên', field: 'Công chứng' }),
	mockEntry({ code: '1.013830', name: 'Cấp lại Thẻ công chứng viên', field: 'Công chứng' }),
	mockEntry({ code: '1.013834', name: 'Thành lập Văn phòng công chứng', field: 'Công chứng' }),
	mockEntry({
		code: '2.000488',
		name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
		field: 'Lý lịch tư pháp',
		keywords: ['giấy không tiền án'],
	}),
	mockEntry({ code: '1.000001', name: 'Thẩm định giá đường', field: 'Khác' }),
	mockEntry({ code: '1.000002', name: 'Thẩm định giá dương', field: 'Khác' }),
	mockEntry({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch' }),
	mockEntry({ code: '2.000528', name: 'Đăng ký khai sinh có yếu tố nước ngoài', field: 'Hộ tịch' }),
	mockEntry({ code: '1.000894', name: 'Thủ tục đăng ký kết hôn', field: 'Hộ tịch' }),
	mockEntry({
		code: '1.013835',
		name: 'Đăng ký hoạt động Văn phòng công chứng',
		field: 'Công chứng',
	}),
	mockEntry({
		code: '1.011445',
		name: 'Chuyển tiếp đăng ký thế chấp quyền tài sản phát sinh từ hợp đồng mua bán nhà ở',
		field: 'Đăng ký biện pháp bảo đảm',
	}),
	mockEntry({
		code: '2.000977',
		name: 'Lựa chọn, ký hợp đồng với Luật sư',
		field: 'Trợ giúp pháp lý',
	}),
];
const search = createSearch(catalogue.map(toSearchRecord));
const top = (query: string) => search(query, 3).map((hit) => hit.record.code);

describe('createSearch', () => {
	test('finds names typed without diacritics, đ included', () => {
		expect(top('nhap quoc tich')[0]).toBe('2.002039');
		expect(top('cap the cong chung vien')[0]).toBe('1.013859');
	});
	test('finds national codes, whole or their start', () => {
		expect(top('2.002036')).toEqual(['2.002036']);
		expect(top('2.0020')).toEqual(['2.002039', '2.002036']);
	});
	test('reads abbreviations and everyday words', () => {
		expect(top('lltp')[0]).toBe('2.000488');
		expect(top('mat the cong chung vien')[0]).toBe('1.013830');
		expect(top('mo van phong cong chung')[0]).toBe('1.013834');
	});
	test('searches the hand-written keywords', () => {
		expect(top('khong tien an')[0]).toBe('2.000488');
	});
	test('tolerates a typo', () => {
		expect(top('nhap quoc tick')[0]).toBe('2.002039');
	});
	test('ranks the exact spelling above the folded one', () => {
		expect(top('đường')[0]).toBe('1.000001');
		expect(top('dương')[0]).toBe('1.000002');
		expect(top('duong')).toEqual(expect.arrayContaining(['1.000001', '1.000002']));
	});
	test('leaves out hits far behind the best one', () => {
		expect(search('quoc tich', 20).map((hit) => hit.record.code)).toEqual(['2.002039', '2.002036']);
	});
	test('returns nothing for an empty query', () => {
		expect(search('   ')).toEqual([]);
	});
	test('ranks a name holding the whole phrase above scattered words', () => {
		const codes = search('dang ky khai sinh', 20).map((hit) => hit.record.code);
		expect(codes.slice(0, 2)).toEqual(['1.001193', '2.000528']);
		expect(codes).not.toContain('1.013835');
		expect(codes).not.toContain('1.011445');
	});
	test('reads “ký” alone as “to sign”, never as half of “đăng ký”', () => {
		expect(search('ky', 20).map((hit) => hit.record.code)).toEqual(['2.000977']);
		expect(top('ky hop dong')[0]).toBe('2.000977');
	});
	test('matches whole words, so a short word does not match inside a longer one', () => {
		expect(search('ang', 20)).toEqual([]);
		expect(search('ong ', 20)).toEqual([]);
	});
	test('finds nothing for a query about something the catalogue lacks', () => {
		expect(search('xac nhan doc than khong co', 20)).toEqual([]);
	});
	test('matches the start of the word still being typed', () => {
		expect(top('nhap quoc ti')[0]).toBe('2.002039');
		expect(top('nhap quoc t')[0]).toBe('2.002039');
	});
	test('ranks equal hits in catalogue order, whatever came before', () => {
		const twins = createSearch(
			['Cấp lại thẻ A', 'Cấp lại thẻ B', 'Cấp lại thẻ C'].map((name, i) =>
				toSearchRecord(mockEntry({ code: `1.00000${i}`, name, field: 'Khác' }))
			)
		);
		twins('cap lai');
		expect(twins('cap lai the', 3).map((hit) => hit.record.code)).toEqual([
			'1.000000',
			'1.000001',
			'1.000002',
		]);
	});
	test('gives the same results when a query is typed again', () => {
		const first = search('mo van phong cong chung', 20);
		search('cap the');
		expect(search('mo van phong cong chung', 20)).toEqual(first);
	});
	test('lets a finished word match only itself', () => {
		expect(search('nhap quoc ti ', 20)).toEqual([]);
	});
});

describe('nearest', () => {
	test('suggests the closest procedures when nothing matches', () => {
		expect(search('khai sinh cho nguoi nuoc ngoai o xa', 5)).toEqual([]);
		const codes = search
			.nearest('khai sinh cho nguoi nuoc ngoai o xa', 3)
			.map((h) => h.record.code);
		expect(codes).toContain('2.000528');
	});
	test('suggests nothing without a shared rare word', () => {
		expect(search.nearest('zzz yyy', 3)).toEqual([]);
		expect(search.nearest('  ', 3)).toEqual([]);
	});
});
