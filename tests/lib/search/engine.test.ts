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
});
