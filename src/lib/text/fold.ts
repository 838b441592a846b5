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

/**
 * How many distinct characters each table below remembers: Vietnamese text uses a few hundred;
 * past this (text in every script of Unicode) characters are worked out each time, so that the
 * tables stay small whatever the input.
 */
const rememberedCharacters = 8192;

const foldedCharacters = new Map<string, string>();

/** One character (a code point) without its marks, `đ`/`Đ` as `d`; case is left to the caller. */
function foldCharacter(character: string): string {
	let folded = foldedCharacters.get(character);
	if (folded === undefined) {
		folded = character.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
		if (foldedCharacters.size < rememberedCharacters) foldedCharacters.set(character, folded);
	}
	return folded;
}

/** What a character outside ASCII reads as: folded, and whether it is a lower- or upper-case letter. */
interface CharacterInfo {
	folded: string;
	lower: boolean;
	upper: boolean;
}

const characterInfos = new Map<number, CharacterInfo>();

function characterInfo(codePoint: number): CharacterInfo {
	let info = characterInfos.get(codePoint);
	if (info === undefined) {
		const character = String.fromCodePoint(codePoint);
		info = {
			folded: foldCharacter(character),
			lower: /\p{Ll}/u.test(character),
			upper: /\p{Lu}/u.test(character),
		};
		if (characterInfos.size < rememberedCharacters) characterInfos.set(codePoint, info);
	}
	return info;
}

/**
 * {@link foldVi} after starting a new word wherever a capital follows two lower-case letters, as
 * `foldVi(text.replace(/(\p{Ll}{2})(\p{Lu})/gu, '$1 $2'))` does (`thì nộpĐơn` → `thi nop don`), in
 * one pass: the document rules fold every line and step of the catalogue so, and that pattern’s
 * Unicode classes cost as much as the folding itself. A property test holds the two equal.
 */
export function foldViSplittingJoinedWords(text: string): string {
	let out = '';
	// Start of the text not yet copied to `out`, and how many lower-case letters end what was read.
	let copied = 0;
	let lowerRun = 0;
	for (let at = 0; at < text.length; ) {
		const code = text.charCodeAt(at);
		if (code < 0x80) {
			const upper = code >= 0x41 && code <= 0x5a;
			if (upper && lowerRun >= 2) {
				out += `${text.slice(copied, at)} `;
				copied = at;
				lowerRun = 0;
			} else {
				lowerRun = code >= 0x61 && code <= 0x7a ? lowerRun + 1 : 0;
			}
			at += 1;
			continue;
		}
		const codePoint = text.codePointAt(at)!;
		const info = characterInfo(codePoint);
		out += text.slice(copied, at);
		if (info.upper && lowerRun >= 2) {
			out += ' ';
			lowerRun = 0;
		} else {
			lowerRun = info.lower ? lowerRun + 1 : 0;
		}
		out += info.folded;
		at += codePoint > 0xffff ? 2 : 1;
		copied = at;
	}
	out += text.slice(copied);
	return out.toLowerCase().replace(/\s+/g, ' ').trim();
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
