import { searchWords } from './normalize';
import { replacePhrases } from './phrases';

/**
 * Two-syllable words whose second syllable means something else on its own. “Ký” alone is “to
 * sign” (“ký hợp đồng”), but in “đăng ký” it is half of “to register”: search joins such a pair
 * into one word in names and queries alike, so “ký” finds “ký hợp đồng” and not every “đăng ký”.
 * Write them as normal Vietnamese; add one when a query shows the need.
 */
export const boundWords: string[] = ['đăng ký'];

/** The bound words in search form, e.g. `['dang', 'ki']`. */
const compiled = boundWords.map(searchWords);

/** Joins every bound pair of syllables into one word: `dang ki khai sinh` → `dangki khai sinh`. */
export function joinBoundWords(
	words: readonly string[],
	bound: readonly string[][] = compiled
): string[] {
	return replacePhrases(words, bound, (pair) => [pair.join('')]);
}

/** Words of a text as search compares them: search form, bound words joined. */
export function searchTokens(text: string): string[] {
	return joinBoundWords(searchWords(text));
}
