import Fuse from 'fuse.js';
import { expandQuery } from './expand';
import { codePattern, exactWords, hasMarks } from './normalize';
import type { SearchRecord } from './records';

/** A ranked result: lower scores are better, 0 is a perfect match. */
export interface SearchHit {
	record: SearchRecord;
	score: number;
}

/** Tuning of the ranking; the defaults were set against the query set in `tests/search/queries.ts`. */
export interface RankingOptions {
	/** Fuse threshold per word: 0.3 lets one typo through in a 4–5 letter word, none in “ky”. */
	threshold: number;
	/** Added per synonym swapped in, so a query matching as typed ranks first. */
	rewritePenalty: number;
	/** Taken off when every marked word of the query appears with the same marks in the name. */
	exactBonus: number;
	/**
	 * Taken off in proportion to the pairs of neighbouring query words found side by side in the
	 * name. Most Vietnamese words are two syllables (“quốc tịch”, “công chứng”), so a pair is close
	 * to a word, and a name with the query’s words in the query’s order ranks first.
	 */
	pairBonus: number;
	/**
	 * How far behind the best hit a result may score and still be shown. Token search matches any
	 * word, so “văn phòng công chứng” would otherwise list every procedure that says “văn phòng”.
	 */
	margin: number;
	/** How much long names are held back (Fuse’s field-length norm); official names run long. */
	fieldNormWeight: number;
}

export const defaultRanking: RankingOptions = {
	threshold: 0.3,
	rewritePenalty: 0.05,
	exactBonus: 0.1,
	pairBonus: 0.3,
	margin: 0.3,
	fieldNormWeight: 1,
};

/**
 * Creates the instant search over the records. Fuse does the fuzzy, per-word matching on the
 * pre-folded key (token search weighs rare words like “quốc tịch” above common ones like “cấp”);
 * around it: national codes first, synonyms as extra readings, exact spellings ranked up.
 */
export function createSearch(
	records: readonly SearchRecord[],
	options: RankingOptions = defaultRanking
) {
	const fuse = new Fuse(records, {
		keys: [
			{ name: 'k', weight: 3 },
			{ name: 'f', weight: 1 },
		],
		useTokenSearch: true,
		threshold: options.threshold,
		ignoreLocation: true,
		includeScore: true,
		minMatchCharLength: 2,
		fieldNormWeight: options.fieldNormWeight,
	});

	return function search(query: string, limit = 20): SearchHit[] {
		const trimmed = query.trim();
		if (trimmed === '') return [];
		if (codePattern.test(trimmed)) {
			const byCode = records.filter((record) => record.code?.startsWith(trimmed));
			if (byCode.length > 0) return byCode.slice(0, limit).map((record) => ({ record, score: 0 }));
		}
		const best = new Map<number, number>();
		for (const variant of expandQuery(trimmed)) {
			const pairs = wordPairs(variant.text);
			for (const result of fuse.search(variant.text)) {
				const score =
					(result.score ?? 1) +
					variant.rewrites * options.rewritePenalty -
					options.pairBonus * pairShare(pairs, result.item.k);
				const previous = best.get(result.refIndex);
				if (previous === undefined || score < previous) best.set(result.refIndex, score);
			}
		}
		const marked = hasMarks(trimmed) ? exactWords(trimmed).filter(hasMarks) : [];
		const hits = [...best.entries()]
			.map(([index, score]) => {
				const record = records[index] as SearchRecord;
				return { record, score: score - options.exactBonus * exactShare(marked, record.name) };
			})
			.sort((a, b) => a.score - b.score || a.record.name.length - b.record.name.length);
		const cutoff = (hits[0]?.score ?? 0) + options.margin;
		return hits.filter((hit) => hit.score <= cutoff).slice(0, limit);
	};
}

/** Share of the marked query words found, spelt the same, in the name (0 when none were typed). */
function exactShare(marked: readonly string[], name: string): number {
	if (marked.length === 0) return 0;
	const words = new Set(exactWords(name));
	return marked.filter((word) => words.has(word)).length / marked.length;
}

/** Neighbouring word pairs of a text in search form, each padded with spaces for whole-word lookup. */
function wordPairs(text: string): string[] {
	const words = text.split(' ');
	return words.slice(1).map((word, i) => ` ${words[i]} ${word} `);
}

/** Share of the pairs that occur in the key (0 for a one-word query). */
function pairShare(pairs: readonly string[], key: string): number {
	if (pairs.length === 0) return 0;
	const padded = ` ${key} `;
	return pairs.filter((pair) => padded.includes(pair)).length / pairs.length;
}
