import { hasMarks } from './normalize';

/**
 * Spellings of an unaccented query with đ restored. Pagefind folds tone marks but not đ (it has
 * no Unicode decomposition), and a folded copy of the page body would show in excerpts, so the
 * query side does it: “dang ky khai sinh” is also searched as “đang ky khai sinh”, which matches
 * “đăng ký khai sinh”. Đ only starts a syllable, so only words starting with d change. A query
 * typed with marks is taken as written. At most `limit` spellings; with more d-words than that
 * allows, only the all-d and all-đ spellings.
 */
export function dStrokeVariants(query: string, limit = 8): string[] {
	const words = query.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0 || hasMarks(query)) return [query.trim()];
	const dWords = words.flatMap((word, index) => (/^d/i.test(word) ? [index] : []));
	const stroke = (word: string) => word.replace(/^d/, 'đ').replace(/^D/, 'Đ');
	if (dWords.length === 0) return [words.join(' ')];
	const masks =
		2 ** dWords.length <= limit
			? Array.from({ length: 2 ** dWords.length }, (_, mask) => mask)
			: [0, 2 ** dWords.length - 1];
	return masks.map((mask) =>
		words
			.map((word, index) => {
				const bit = dWords.indexOf(index);
				return bit >= 0 && mask & (1 << bit) ? stroke(word) : word;
			})
			.join(' ')
	);
}
