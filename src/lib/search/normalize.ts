import { foldVi } from '../text/fold';

/**
 * Syllables that Vietnamese spells with a final i or y alike (kí/ký, lí/lý, qui/quy, mĩ/mỹ):
 * a consonant, or `qu`, followed by a lone y. Spelling reforms never settled them, so officials
 * and citizens write both; `uy` in “thủy” or “huy” is a different vowel and stays.
 */
const iyVariant = /\b(qu|[bcdghklmnprstvx]h?)y\b/g;

/**
 * The form of text that search compares: folded (no marks, đ → d, lower case), i/y spellings
 * made one, punctuation turned into spaces. Applied alike to records and queries.
 */
export function searchKey(text: string): string {
	return foldVi(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(iyVariant, '$1i')
		.trim();
}

/** Words of a text in search form. */
export function searchWords(text: string): string[] {
	const key = searchKey(text);
	return key ? key.split(' ') : [];
}

/** Lower-case words of a text with their marks (NFC), for telling exact spellings apart. */
export function exactWords(text: string): string[] {
	return text
		.normalize('NFC')
		.toLocaleLowerCase('vi')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Whether the text has any Vietnamese mark (tone, vowel mark or đ), i.e. was typed with diacritics. */
export function hasMarks(text: string): boolean {
	return /[đĐ]/.test(text) || /\p{M}/u.test(text.normalize('NFD'));
}

/** A national procedure code in a query, whole (`2.002039`) or its start (`2.0020`). */
export const codePattern = /^\d\.\d{3,6}$/;
