/**
 * Folds Vietnamese text for matching: NFD, tone and vowel marks dropped, `đ`/`Đ` mapped to `d`
 * (U+0111 has no Unicode decomposition, so NFD alone leaves it), lower case, spaces collapsed.
 * One function for search records, Pagefind metadata, slugs and tests.
 */
export function foldVi(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
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
