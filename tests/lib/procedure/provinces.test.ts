import { describe, expect, test } from 'vitest';
import {
	otherProvinceFlag,
	otherProvinces,
	provinces,
	provincesNamed,
	withoutProvinces,
} from '../../../src/lib/procedure/provinces';

describe('provinces', () => {
	test('lists the 34 units of 2025 and the 63 of before', () => {
		const now = new Set(Object.values(provinces));
		expect(now.size).toBe(34);
		const before = Object.keys(provinces).filter((name) => name !== 'Huế');
		expect(before).toHaveLength(63);
	});
});

describe('provincesNamed', () => {
	test('finds a province in an agency name, whatever the case', () => {
		expect(provincesNamed('Sở Tư pháp Thành phố Hà Nội')).toEqual(['Hà Nội']);
		expect(provincesNamed('SỞ TƯ PHÁP TỈNH VĨNH PHÚC')).toEqual(['Vĩnh Phúc']);
	});
	test('finds the longest name, so Thừa Thiên Huế is not read as Huế', () => {
		expect(provincesNamed('Cổng TTHC tỉnh Thừa Thiên Huế')).toEqual(['Thừa Thiên Huế']);
		expect(provincesNamed('Mức độ 4 (TT-Huế 2020-2022)')).toEqual(['Huế']);
	});
	test('accepts the old tone placement and any dash', () => {
		expect(provincesNamed('tỉnh Khánh Hoà')).toEqual(['Khánh Hòa']);
		expect(provincesNamed('Bà Rịa - Vũng Tàu')).toEqual(['Bà Rịa – Vũng Tàu']);
	});
	test('does not read words that only fold like a name', () => {
		expect(provincesNamed('đăng ký tham gia lại trợ giúp pháp lý')).toEqual([]);
		expect(provincesNamed('Sở Tư pháp')).toEqual([]);
	});
});

describe('otherProvinces', () => {
	test('counts every named province as another when the own province is unset', () => {
		expect(otherProvinces('Sở Tư pháp tỉnh Bắc Ninh', null)).toEqual(['Bắc Ninh']);
	});
	test('leaves out the own province and the provinces merged into it', () => {
		expect(otherProvinces('Sở Tư pháp tỉnh Bắc Ninh', 'Bắc Ninh')).toEqual([]);
		expect(otherProvinces('Sở Tư pháp tỉnh Vĩnh Phúc', 'Phú Thọ')).toEqual([]);
		expect(otherProvinces('Sở Tư pháp tỉnh Vĩnh Phúc', 'Bắc Ninh')).toEqual(['Vĩnh Phúc']);
	});
});

describe('withoutProvinces', () => {
	test('drops the province and the word before it', () => {
		expect(withoutProvinces('Sở Tư pháp Thành phố Hà Nội', ['Hà Nội'])).toBe('Sở Tư pháp');
		expect(
			withoutProvinces('Ủy ban nhân dân cấp tỉnh, Sở Tư pháp Thành phố Hà Nội', ['Hà Nội'])
		).toBe('Ủy ban nhân dân cấp tỉnh, Sở Tư pháp');
		expect(withoutProvinces('Toàn trình (Thái Bình)', ['Thái Bình'])).toBe('Toàn trình');
		expect(withoutProvinces('tỉnh Khánh Hoà', ['Khánh Hòa'])).toBe('');
	});
});

describe('otherProvinceFlag', () => {
	test('keeps the text as written for the note', () => {
		expect(otherProvinceFlag('agencies.implementing', 'Sở Tư pháp Thành phố Hà Nội')).toMatchObject(
			{ path: 'agencies.implementing', asWritten: 'Sở Tư pháp Thành phố Hà Nội' }
		);
	});
});
