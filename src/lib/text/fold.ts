/**
 * Folds Vietnamese text for matching: NFD, tone and vowel marks dropped, `đ`/`Đ` mapped to `d`
 * (U+0111 has no Unicode decomposition, so NFD alone leaves it), lower case, spaces collapsed.
 * One function for search records, Pagefind metadata, slugs and tests.
 *
 * Each character outside ASCII is folded once and remembered ({@link foldCharacter}): a text
 * holds a few hundred distinct ones, and normalizing whole texts was a tenth of a cold `review
 * plan`. Dropping the marks of each character alone gives what NFD of the whole text gives, since
 * NFD decomposes character by character and only reorders the marks that are dropped anyway.
 */
export function foldVi(text: string): string {
	return text
		.replace(/[^\x00-\x7f]/gu, foldCharacter)
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

const foldedCharacters = new Map<string, string>();

/** One character (a code point) without its marks, `đ`/`Đ` as `d`; case is left to the caller. */
function foldCharacter(character: string): string {
	let folded = foldedCharacters.get(character);
	if (folded === undefined) {
		folded = character.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
		foldedCharacters.set(character, folded);
	}
	return folded;
}

/** Turns text into an ASCII kebab-case slug, e.g. “Trợ giúp pháp lý” → `tro-giup-phap-ly`. */
export function slugify(text: string, maxLength = 80): string {
	const slug = foldVi(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const lastDash = cut.lastIndexOf('-');
	return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut;
}
