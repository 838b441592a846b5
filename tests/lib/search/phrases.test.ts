import { describe, expect, test } from 'vitest';
import { contains, replacePhrases, startsAt } from '../../../src/lib/search/phrases';

const words = ['lam', 'mat', 'the', 'cong', 'chung'];

describe('startsAt', () => {
	test('returns true when the phrase starts at the position', () => {
		expect(startsAt(words, 3, ['cong', 'chung'])).toBe(true);
		expect(startsAt(words, 2, ['cong', 'chung'])).toBe(false);
	});
	test('returns false for an empty phrase', () => {
		expect(startsAt(words, 0, [])).toBe(false);
	});
});

describe('contains', () => {
	test('returns whether the phrase occurs anywhere', () => {
		expect(contains(words, ['mat', 'the'])).toBe(true);
		expect(contains(words, ['the', 'mat'])).toBe(false);
	});
});

describe('replacePhrases', () => {
	test('replaces each phrase found, left to right, the first listed winning', () => {
		const out = replacePhrases(words, [['lam', 'mat'], ['lam']], (phrase) => [phrase.join('+')]);
		expect(out).toEqual(['lam+mat', 'the', 'cong', 'chung']);
	});
	test('can drop phrases', () => {
		expect(replacePhrases(words, [['cong', 'chung']], () => [])).toEqual(['lam', 'mat', 'the']);
	});
});
