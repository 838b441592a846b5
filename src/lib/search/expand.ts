import { searchWords } from './normalize';
import { contains, replacePhrases, startsAt } from './phrases';
import { fillers, synonyms, type SynonymRule } from './synonyms';

/** One way of reading a query: the words to search, and how many synonyms were swapped in. */
export interface QueryVariant {
	text: string;
	rewrites: number;
}

interface Rewrite {
	say: string[];
	means: string[][];
}

/** The synonym table in search form, longest phrases first so “làm mất” wins over “làm”. */
export function compileSynonyms(rules: readonly SynonymRule[]): Rewrite[] {
	return rules
		.flatMap((rule) =>
			rule.say.map((say) => ({ say: searchWords(say), means: rule.means.map(searchWords) }))
		)
		.sort((a, b) => b.say.length - a.say.length);
}

const compiled = compileSynonyms(synonyms);
const fillerPhrases = fillers.map(searchWords).sort((a, b) => b.length - a.length);

/**
 * Splits the query into pieces, left to right: a piece is either a plain word, or a phrase of
 * the synonym table with the official wordings it may stand for. A wording the query already
 * contains is not offered again (“lý lịch tư pháp” stays as typed).
 */
function pieces(words: readonly string[], rewrites: readonly Rewrite[]): string[][][] {
	const out: string[][][] = [];
	for (let at = 0; at < words.length; ) {
		const rule = rewrites.find((r) => startsAt(words, at, r.say));
		if (!rule) {
			out.push([[words[at] as string]]);
			at++;
			continue;
		}
		const means = rule.means.filter((phrase) => !contains(words, phrase));
		out.push([rule.say, ...means]);
		at += rule.say.length;
	}
	return out;
}

/** The words without fillers (“thủ tục”, “ở đâu”…), unless nothing else is left. */
export function dropFillers(
	words: readonly string[],
	phrases: readonly string[][] = fillerPhrases
): string[] {
	const kept = replacePhrases(words, phrases, () => []);
	return kept.length > 0 ? kept : [...words];
}

/**
 * The readings of a query: as typed (less fillers) first, then with synonyms swapped in, fewest swaps first,
 * at most `limit` of them (each reading is one more search).
 */
export function expandQuery(
	query: string,
	limit = 12,
	rewrites: readonly Rewrite[] = compiled
): QueryVariant[] {
	let variants: { words: string[]; rewrites: number }[] = [{ words: [], rewrites: 0 }];
	for (const choices of pieces(dropFillers(searchWords(query)), rewrites)) {
		variants = variants.flatMap((variant) =>
			choices.map((choice, index) => ({
				words: [...variant.words, ...choice],
				rewrites: variant.rewrites + (index > 0 ? 1 : 0),
			}))
		);
		variants.sort((a, b) => a.rewrites - b.rewrites);
		variants = variants.slice(0, limit);
	}
	const seen = new Set<string>();
	return variants
		.map((variant) => ({ text: variant.words.join(' '), rewrites: variant.rewrites }))
		.filter((variant) => variant.text !== '' && !seen.has(variant.text) && seen.add(variant.text));
}
