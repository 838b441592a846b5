import { describe, expect, test } from 'vitest';
import { foldVi, slugify } from '../../../src/lib/text/fold';

describe('foldVi', () => {
	test('drops tone and vowel marks', () => {
		expect(foldVi('Lý lịch tư pháp')).toBe('ly lich tu phap');
	});
	test('maps đ and Đ to d, which NFD alone leaves', () => {
		expect(foldVi('Đăng ký đất đai')).toBe('dang ky dat dai');
	});
	test('treats precomposed and decomposed input alike', () => {
		expect(foldVi('hòa'.normalize('NFD'))).toBe(foldVi('hòa'.normalize('NFC')));
	});
	test('collapses white space', () => {
		expect(foldVi('  Trợ   giúp\npháp lý ')).toBe('tro giup phap ly');
	});
});

describe('slugify', () => {
	test('returns ASCII kebab case', () => {
		expect(slugify('Thủ tục cấp Thẻ đấu giá viên')).toBe('thu-tuc-cap-the-dau-gia-vien');
	});
	test('cuts long names at a word boundary', () => {
		const slug = slugify(
			'Chấm dứt hoạt động của tổ chức hành nghề luật sư trong trường hợp tổ chức hành nghề luật sư tự chấm dứt hoạt động',
			40
		);
		expect(slug.length).toBeLessThanOrEqual(40);
		expect(slug.endsWith('-')).toBe(false);
	});
});
