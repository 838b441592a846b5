import { describe, expect, test } from 'vitest';
import { dStrokeVariants } from '../../../src/lib/search/d-variants';

describe('dStrokeVariants', () => {
	test('adds đ to the d-words of an unaccented query, plain spelling first', () => {
		expect(dStrokeVariants('dang ky khai sinh')).toEqual([
			'dang ky khai sinh',
			'đang ky khai sinh',
		]);
	});
	test('tries every combination of a few d-words', () => {
		expect(dStrokeVariants('dat dai')).toEqual(['dat dai', 'đat dai', 'dat đai', 'đat đai']);
	});
	test('keeps only all-d and all-đ when there are too many d-words', () => {
		expect(dStrokeVariants('dia diem dat dai', 8)).toEqual([
			'dia diem dat dai',
			'đia điem đat đai',
		]);
	});
	test('takes a query typed with marks as written', () => {
		expect(dStrokeVariants('đăng ký khai sinh')).toEqual(['đăng ký khai sinh']);
	});
	test('leaves queries without d alone', () => {
		expect(dStrokeVariants(' ly lich  tu phap ')).toEqual(['ly lich tu phap']);
	});
});
