import type { RankingOptions } from './engine';
import type { Occurrences, WordHit, WordIndex } from './word-index';

/** How one reading of the query fares against one record. */
export interface Scored {
	score: number;
	/** Share of the query found, from 0 to 1 (see {@link RankingOptions.minRelevance}). */
	relevance: number;
}

/** One word of a reading of the query: its weight, and the records where it was found. */
export interface QueryWord extends Occurrences {
	weight: number;
}

/**
 * The query words a record must hold at least one of to reach `floor`: the rarest first, until
 * the weight of the words left could not reach it on their own. Records holding none of them are
 * never scored, which keeps common words (“cấp”, “đăng ký”) from costing a pass over most of a
 * large catalogue.
 */
export function requiredWords(words: readonly QueryWord[], floor: number): QueryWord[] {
	const total = words.reduce((sum, word) => sum + word.weight, 0);
	const rarest = [...words].sort((a, b) => b.weight - a.weight);
	let rest = total;
	const required: QueryWord[] = [];
	// The margin keeps rounding from dropping a record that sits exactly at the floor.
	for (const word of rarest) {
		if (total > 0 && rest < floor * total - 1e-9) break;
		required.push(word);
		rest -= word.weight;
	}
	return required;
}

/**
 * Scores the records that may reach `floor` for one reading of the query, and keeps those that
 * do. The coverage is the share of the query’s weight found (in the name, or less in the field);
 * the score is 0 for a name that is the query, word for word, and grows with missing words, words
 * out of order and extra words.
 */
export function scoreVariant(
	index: WordIndex,
	words: readonly QueryWord[],
	options: RankingOptions,
	floor: number
): Map<number, Scored> {
	const total = words.reduce((sum, word) => sum + word.weight, 0);
	const candidates = new Set<number>();
	for (const word of requiredWords(words, floor)) {
		for (const record of word.names.keys()) candidates.add(record);
		for (const record of word.fields.keys()) candidates.add(record);
	}
	const scored = new Map<number, Scored>();
	for (const record of candidates) {
		const name = words.map((word) => word.names.get(record));
		let found = 0;
		words.forEach((word, i) => {
			const field = word.fields.get(record) ?? 0;
			found += word.weight * Math.max(name[i]?.similarity ?? 0, options.fieldWeight * field);
		});
		const coverage = total > 0 ? found / total : 0;
		const relevance = coverage * (1 - options.pairWeight * (1 - pairShare(name, words.length)));
		if (relevance < floor) continue;
		const length = index.lengths[record] ?? 0;
		const spare = length > 0 ? Math.max(0, length - name.filter(Boolean).length) / length : 0;
		scored.set(record, { score: 1 - relevance + options.lengthWeight * spare, relevance });
	}
	return scored;
}

/** Share of neighbouring query words found side by side, in order, in the name (1 for one word). */
function pairShare(hits: readonly (WordHit | undefined)[], count: number): number {
	if (count < 2) return 1;
	let pairs = 0;
	for (let i = 0; i + 1 < count; i++) {
		const next = hits[i + 1]?.positions;
		if (next && hits[i]?.positions.some((position) => next.includes(position + 1))) pairs++;
	}
	return pairs / (count - 1);
}
