import { describe, expect, test } from 'vitest';
import { exactWords, hasMarks, searchKey } from '../../../src/lib/search/normalize';

describe('searchKey', () => {
	test('folds marks and đ', () => {
		expect(searchKey('Đăng ký đất đai')).toBe('dang ki dat dai');
	});
	test('spells kí and ký, lí and lý, qui and quy alike', () => {
		expect(searchKey('đăng kí')).toBe(searchKey('đăng ký'));
		expect(searchKey('lí lịch')).toBe(searchKey('lý lịch'));
		expect(searchKey('qui định')).toBe(searchKey('quy định'));
	});
	test('leaves uy in other syllables alone', () => {
		expect(searchKey('thủy huy')).toBe('thuy huy');
	});
	test('turns punctuation into spaces', () => {
		expect(searchKey('Chi nhánh/văn phòng (cấp tỉnh)')).toBe('chi nhanh van phong cap tinh');
	});
});

describe('hasMarks', () => {
	test('returns true for tone marks, vowel marks and đ', () => {
		expect(hasMarks('ký')).toBe(true);
		expect(hasMarks('ăn')).toBe(true);
		expect(hasMarks('đi')).toBe(true);
	});
	test('returns false for plain ASCII', () => {
		expect(hasMarks('dang ky')).toBe(false);
	});
});

describe('exactWords', () => {
	test('keeps marks and lowers case', () => {
		expect(exactWords('Đường, DƯƠNG')).toEqual(['đường', 'dương']);
	});
});
