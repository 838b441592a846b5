import { describe, expect, test } from 'vitest';
import { joinBoundWords, searchTokens } from '../../../src/lib/search/bound-words';

describe('joinBoundWords', () => {
	test('joins a bound pair into one word', () => {
		expect(joinBoundWords(['dang', 'ki', 'khai', 'sinh'])).toEqual(['dangki', 'khai', 'sinh']);
	});
	test('leaves the second syllable alone when the first is missing', () => {
		expect(joinBoundWords(['ki', 'hop', 'dong'])).toEqual(['ki', 'hop', 'dong']);
	});
	test('takes the pairs given', () => {
		expect(joinBoundWords(['cong', 'chung', 'vien'], [['cong', 'chung']])).toEqual([
			'congchung',
			'vien',
		]);
	});
});

describe('searchTokens', () => {
	test('folds the text and joins “đăng ký” written either way', () => {
		expect(searchTokens('Đăng ký khai sinh')).toEqual(['dangki', 'khai', 'sinh']);
		expect(searchTokens('dang ki khai sinh')).toEqual(['dangki', 'khai', 'sinh']);
	});
	test('returns no words for an empty text', () => {
		expect(searchTokens('  ')).toEqual([]);
	});
});
