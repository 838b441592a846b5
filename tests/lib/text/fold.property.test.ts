import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldVi, foldViSplittingJoinedWords, slugify } from '../../../src/lib/text/fold';

/** Vietnamese letters, with every tone on every vowel, in both cases and both Unicode forms. */
const vowels = [...'aăâeêioôơuưy'];
const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const consonants = [...'bcdđghklmnpqrstvx'];
const letter = fc
	.oneof(
		fc.tuple(fc.constantFrom(...vowels), fc.constantFrom(...tones)).map(([v, t]) => v + t),
		fc.constantFrom(...consonants)
	)
	.chain((value) => fc.constantFrom(value, value.toUpperCase()))
	.chain((value) => fc.constantFrom(value.normalize('NFC'), value.normalize('NFD')));
const vietnamese = fc
	.array(
		fc.oneof(letter, fc.constantFrom(' ', '  ', '\n', '\t', ',', '.', '-', '(', ')', '0', '7')),
		{
			maxLength: 40,
		}
	)
	.map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

/** The definition foldVi gives: NFD of the whole text, marks dropped, then the rest. */
function foldWhole(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

describe('foldVi (properties)', () => {
	test('equals NFD of the whole text with its marks dropped, for any text', () => {
		const text = fc.oneof(
			vietnamese,
			anyText,
			fc.string({ unit: 'grapheme', maxLength: 40 }),
			fc.string({ unit: 'binary-ascii', maxLength: 40 })
		);
		fc.assert(
			fc.property(text, (value) => {
				expect(foldVi(value)).toBe(foldWhole(value));
			}),
			{ numRuns: 2000 }
		);
		// Marks after their letter, an astral character that decomposes, a final sigma, a lone surrogate.
		for (const value of [
			'Ngu\u031bo\u031b\u0300i',
			'\u{1D15E}x',
			'ΟΔΟΣ ΣΑ',
			'a\uD800b',
			'Đ\u0323',
		]) {
			expect(foldVi(value)).toBe(foldWhole(value));
		}
	});

	test('never throws and is idempotent, for any text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expect(foldVi(foldVi(text))).toBe(foldVi(text));
			})
		);
	});

	test('gives ASCII only for Vietnamese text', () => {
		fc.assert(
			fc.property(vietnamese, (text) => {
				expect(foldVi(text)).toMatch(/^[\x20-\x7e]*$/);
			})
		);
	});

	test('reads đ and Đ as d', () => {
		fc.assert(
			fc.property(vietnamese, (text) => {
				expect(foldVi(text.replace(/[đĐ]/g, 'd'))).toBe(foldVi(text));
			})
		);
	});

	test('treats precomposed and decomposed text alike', () => {
		fc.assert(
			fc.property(vietnamese, (text) => {
				expect(foldVi(text.normalize('NFD'))).toBe(foldVi(text.normalize('NFC')));
			})
		);
	});

	test('never makes Vietnamese text longer than its precomposed form', () => {
		fc.assert(
			fc.property(vietnamese, (text) => {
				expect(foldVi(text).length).toBeLessThanOrEqual(text.normalize('NFC').length);
			})
		);
	});

	test('keeps one letter per Vietnamese letter', () => {
		fc.assert(
			fc.property(fc.array(letter, { maxLength: 30 }), (letters) => {
				expect(foldVi(letters.join(''))).toHaveLength(letters.length);
			})
		);
	});

	test('leaves no space at the ends and no run of spaces, for any text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const folded = foldVi(text);
				expect(folded).toBe(folded.trim());
				expect(folded).not.toMatch(/\s\s/);
			})
		);
	});
});

describe('foldViSplittingJoinedWords (properties)', () => {
	/** Its definition: a space where a capital follows two lower-case letters, then foldVi. */
	const splitThenFold = (text: string) => foldVi(text.replace(/(\p{Ll}{2})(\p{Lu})/gu, '$1 $2'));
	/** Words run together as the national database joins table cells, in any case and form. */
	const joined = fc
		.array(fc.oneof(letter, fc.constantFrom('', ' ', '.', 'Đ', 'đ', 'VNeID', '\u0301')), {
			maxLength: 40,
		})
		.map((parts) => parts.join(''));

	test('equals foldVi after splitting joined words with the Unicode pattern, for any text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					joined,
					vietnamese,
					anyText,
					fc.string({ unit: 'grapheme', maxLength: 40 }),
					fc.string({ unit: 'binary-ascii', maxLength: 40 })
				),
				(value) => {
					expect(foldViSplittingJoinedWords(value)).toBe(splitThenFold(value));
				}
			),
			{ numRuns: 3000 }
		);
		// Joined cells; Greek and astral letters (𝐚 is lower case, 𝐀 upper); a title-case
		// letter, which is neither; a mark between letters; lone surrogates.
		for (const value of [
			'thì nộpVăn bản đề nghị',
			'nộpĐơn',
			'VNeID',
			'αβΓ',
			'ab\u{1D400}',
			'\u{1D41A}\u{1D41A}B',
			'abǅc',
			'ne\u0301A',
			'ab\uD800C',
			'a\uDC00bC',
			'ßẞ',
		]) {
			expect(foldViSplittingJoinedWords(value)).toBe(splitThenFold(value));
		}
	});
});

describe('folding past the characters remembered', () => {
	test('folds as defined once more distinct characters than the tables keep have been read', () => {
		// Ten thousand ideographs: more distinct characters than the tables keep.
		const ideographs = Array.from({ length: 10_000 }, (_, index) =>
			String.fromCodePoint(0x4e00 + index)
		).join('');
		const text = `${ideographs} Thủ tục nộpĐơn ĐĂNG KÝ khai sinh Ǆ𝐀`;
		expect(foldVi(text)).toBe(foldWhole(text));
		expect(foldViSplittingJoinedWords(text)).toBe(
			foldVi(text.replace(/(\p{Ll}{2})(\p{Lu})/gu, '$1 $2'))
		);
		expect(foldViSplittingJoinedWords(text)).toMatch(/ thu tuc nop don dang ky khai sinh ǆ𝐀$/u);
	});
});

describe('slugify (properties)', () => {
	test('gives an ASCII kebab-case slug within the length, or nothing, for any text', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 1, max: 100 }), (text, maxLength) => {
				const slug = slugify(text, maxLength);
				expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
				expect(slug.length).toBeLessThanOrEqual(maxLength);
			})
		);
	});

	test('gives a slug for any Vietnamese text with a letter', () => {
		fc.assert(
			fc.property(vietnamese, (text) => {
				fc.pre(/\p{L}/u.test(text));
				expect(slugify(text)).not.toBe('');
			})
		);
	});
});
