import { searchTokens } from './bound-words';
import { expandQuery } from './expand';
import { codePattern, exactWords, hasMarks } from './normalize';
import type { SearchRecord } from './records';
import { WordIndex, type WordMatch } from './word-index';

/** A ranked result: lower scores are better, 0 is a perfect match. */
export interface SearchHit {
	record: SearchRecord;
	score: number;
}

/** Tuning of the ranking; the defaults were set against the query set in `tests/search/queries.ts`. */
export interface RankingOptions {
	/** Fuse threshold per word: 0.3 lets one typo through in a 4–5 letter word, none in “ky”. */
	threshold: number;
	/** Similarity of a word that only starts with the last typed word (the user is still typing). */
	prefix: number;
	/**
	 * How relevant a name must be to count as a match, from 0 to 1: the share of the query found
	 * (words weighted by rarity), held back when its words are scattered. Below it the search
	 * finds nothing and the page suggests the nearest procedures instead.
	 */
	minRelevance: number;
	/** How relevant a suggestion must be when nothing matched: a shared rare word, at least. */
	minNearest: number;
	/**
	 * How much of the score rides on neighbouring query words standing side by side in the name.
	 * Most Vietnamese words are two syllables (“khai sinh”, “quốc tịch”), so a pair is close to a
	 * word, and “đăng ký khai sinh” must rank names saying “khai sinh” above scattered syllables.
	 */
	pairWeight: number;
	/** How much a word found only in the field (lĩnh vực) counts, against one found in the name. */
	fieldWeight: number;
	/** Held back in proportion to the name’s words the query does not mention: specific names first. */
	lengthWeight: number;
	/** Added per synonym swapped in, so a query matching as typed ranks first. */
	rewritePenalty: number;
	/** Taken off when every marked word of the query appears with the same marks in the name. */
	exactBonus: number;
	/**
	 * How far behind the best hit a result may score and still be shown, so that “văn phòng công
	 * chứng” does not list every procedure that says “văn phòng”.
	 */
	margin: number;
}

export const defaultRanking: RankingOptions = {
	threshold: 0.3,
	prefix: 0.5,
	minRelevance: 0.45,
	minNearest: 0.25,
	pairWeight: 0.4,
	fieldWeight: 0.7,
	lengthWeight: 0.15,
	rewritePenalty: 0.05,
	exactBonus: 0.1,
	margin: 0.3,
};

/** The instant search: `search(query, limit)`, and `nearest` for a query that found nothing. */
export interface Search {
	(query: string, limit?: number): SearchHit[];
	/**
	 * The procedures closest to the query, even below a match: suggestions after no result, and
	 * similar procedures beside a long official name. `floor` is the least relevance kept.
	 */
	nearest: (query: string, limit?: number, floor?: number) => SearchHit[];
}

/** How one reading of the query fares against one record. */
interface Scored {
	score: number;
	relevance: number;
}

/**
 * Creates the instant search over the records. Words are compared whole (one typo allowed in
 * longer words, the last word may be unfinished), weighted by rarity, and a name holding the
 * query’s words side by side and in order ranks first. Around it: national codes first, synonyms
 * as extra readings, exact spellings ranked up.
 */
export function createSearch(
	records: readonly SearchRecord[],
	options: RankingOptions = defaultRanking
): Search {
	const index = new WordIndex(records, options);

	/** Best score per record over every reading of the query. */
	function scoreAll(query: string): Map<number, Scored> {
		const best = new Map<number, Scored>();
		const cache = new Map<string, WordMatch[]>();
		const typing = !/\s$/.test(query);
		for (const variant of expandQuery(query)) {
			const words = searchTokens(variant.text);
			// A lone letter being typed matches too much to mean anything yet.
			if (typing && words.length > 1 && (words[words.length - 1] ?? '').length < 2) words.pop();
			const lookups = words.map((word, i) => {
				const key = `${word}\u0000${typing && i === words.length - 1}`;
				const found = cache.get(key) ?? index.matches(word, typing && i === words.length - 1);
				cache.set(key, found);
				return found;
			});
			const penalty = variant.rewrites * options.rewritePenalty;
			for (const [record, scored] of scoreVariant(index, words, lookups, options)) {
				const score = scored.score + penalty;
				const previous = best.get(record);
				if (!previous || score < previous.score) best.set(record, { ...scored, score });
			}
		}
		return best;
	}

	/** Ranks scored records: exact spellings up, best first, shorter names first on a tie. */
	function rank(query: string, scored: Map<number, Scored>): SearchHit[] {
		const marked = hasMarks(query) ? exactWords(query).filter(hasMarks) : [];
		return [...scored.entries()]
			.map(([i, { score }]) => {
				const record = records[i] as SearchRecord;
				return { record, score: score - options.exactBonus * exactShare(marked, record.name) };
			})
			.sort((a, b) => a.score - b.score || a.record.name.length - b.record.name.length);
	}

	const search = (query: string, limit = 20): SearchHit[] => {
		const trimmed = query.trim();
		if (trimmed === '') return [];
		if (codePattern.test(trimmed)) {
			const byCode = records.filter((record) => record.code?.startsWith(trimmed));
			if (byCode.length > 0) return byCode.slice(0, limit).map((record) => ({ record, score: 0 }));
		}
		const matching = new Map(
			[...scoreAll(query)].filter(([, scored]) => scored.relevance >= options.minRelevance)
		);
		const hits = rank(trimmed, matching);
		const cutoff = (hits[0]?.score ?? 0) + options.margin;
		return hits.filter((hit) => hit.score <= cutoff).slice(0, limit);
	};

	const nearest = (query: string, limit = 5, floor = options.minNearest): SearchHit[] => {
		if (query.trim() === '') return [];
		const related = [...scoreAll(query)].filter(([, scored]) => scored.relevance >= floor);
		return rank(query.trim(), new Map(related)).slice(0, limit);
	};

	return Object.assign(search, { nearest });
}

/** What one query word found in one record. */
interface WordHit {
	similarity: number;
	positions: number[];
}

/**
 * Scores every record that holds a word of one reading of the query. The coverage is the share
 * of the query’s weight found (in the name, or less in the field); the score is 0 for a name that
 * is the query, word for word, and grows with missing words, words out of order and extra words.
 */
function scoreVariant(
	index: WordIndex,
	words: readonly string[],
	lookups: readonly WordMatch[][],
	options: RankingOptions
): Map<number, Scored> {
	const weights = words.map((word, i) => index.weightOf(word, lookups[i] ?? []));
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const inName = new Map<number, (WordHit | undefined)[]>();
	const inField = new Map<number, number[]>();
	lookups.forEach((found, i) => {
		for (const { word, similarity } of found) {
			for (const posting of index.names.get(word) ?? []) {
				const hits = inName.get(posting.record) ?? [];
				const hit = hits[i];
				if (!hit || similarity > hit.similarity)
					hits[i] = { similarity, positions: posting.positions };
				else if (similarity === hit.similarity)
					hits[i] = { similarity, positions: [...hit.positions, ...posting.positions] };
				inName.set(posting.record, hits);
			}
			for (const record of index.fields.get(word) ?? []) {
				const hits = inField.get(record) ?? [];
				hits[i] = Math.max(hits[i] ?? 0, similarity);
				inField.set(record, hits);
			}
		}
	});
	const scored = new Map<number, Scored>();
	for (const record of new Set([...inName.keys(), ...inField.keys()])) {
		const name = inName.get(record) ?? [];
		const field = inField.get(record) ?? [];
		const found = weights.reduce(
			(sum, weight, i) =>
				sum + weight * Math.max(name[i]?.similarity ?? 0, options.fieldWeight * (field[i] ?? 0)),
			0
		);
		const coverage = total > 0 ? found / total : 0;
		const relevance = coverage * (1 - options.pairWeight * (1 - pairShare(name, words.length)));
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

/** Share of the marked query words found, spelt the same, in the name (0 when none were typed). */
function exactShare(marked: readonly string[], name: string): number {
	if (marked.length === 0) return 0;
	const words = new Set(exactWords(name));
	return marked.filter((word) => words.has(word)).length / marked.length;
}
