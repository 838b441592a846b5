import { searchTokens } from './bound-words';
import { expandQuery } from './expand';
import { codePattern, exactWords, hasMarks } from './normalize';
import type { SearchRecord } from './records';
import { RecentCache } from './recent-cache';
import { scoreVariant, type QueryWord, type Scored } from './score';
import { WordIndex } from './word-index';

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

/** How many looked-up query words to remember: the words of a few queries and their synonyms. */
const recentWords = 64;

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
	// Query words looked up lately: typing a query repeats the words before the one being typed.
	const lookups = new RecentCache<string, QueryWord>(recentWords);
	// Marked words of each name, made on first need: only queries typed with marks use them.
	const exact: (Set<string> | undefined)[] = [];
	const exactOf = (i: number) =>
		(exact[i] ??= new Set(exactWords((records[i] as SearchRecord).name)));

	/**
	 * Best score per record over the readings of the query in which it reaches `floor`. Each
	 * query word is looked up once, however many readings and key presses share it.
	 */
	function scoreAll(query: string, floor: number): Map<number, Scored> {
		const best = new Map<number, Scored>();
		const typing = !/\s$/.test(query);
		for (const variant of expandQuery(query)) {
			const words = searchTokens(variant.text);
			// A lone letter being typed matches too much to mean anything yet.
			if (typing && words.length > 1 && (words[words.length - 1] ?? '').length < 2) words.pop();
			const looked = words.map((word, i) => {
				const last = typing && i === words.length - 1;
				return lookups.get(`${word}\u0000${last}`, () => {
					const matches = index.matches(word, last);
					return { weight: index.weightOf(word, matches), ...index.occurrences(matches) };
				});
			});
			const penalty = variant.rewrites * options.rewritePenalty;
			for (const [record, scored] of scoreVariant(index, looked, options, floor)) {
				const score = scored.score + penalty;
				const previous = best.get(record);
				if (!previous || score < previous.score) best.set(record, { ...scored, score });
			}
		}
		return best;
	}

	/**
	 * Ranks scored records: exact spellings up, best first, shorter names first on a tie, then in
	 * catalogue order, so that equal hits always come in the same order.
	 */
	function rank(query: string, scored: Map<number, Scored>): SearchHit[] {
		const marked = hasMarks(query) ? exactWords(query).filter(hasMarks) : [];
		const share = (i: number) =>
			marked.length === 0
				? 0
				: marked.filter((word) => exactOf(i).has(word)).length / marked.length;
		return [...scored.entries()]
			.map(([i, { score }]) => ({ i, score: score - options.exactBonus * share(i) }))
			.sort(
				(a, b) =>
					a.score - b.score ||
					(records[a.i] as SearchRecord).name.length - (records[b.i] as SearchRecord).name.length ||
					a.i - b.i
			)
			.map(({ i, score }) => ({ record: records[i] as SearchRecord, score }));
	}

	const search = (query: string, limit = 20): SearchHit[] => {
		const trimmed = query.trim();
		if (trimmed === '') return [];
		if (codePattern.test(trimmed)) {
			const byCode = records.filter((record) => record.code?.startsWith(trimmed));
			if (byCode.length > 0) return byCode.slice(0, limit).map((record) => ({ record, score: 0 }));
		}
		const hits = rank(trimmed, scoreAll(query, options.minRelevance));
		const cutoff = (hits[0]?.score ?? 0) + options.margin;
		return hits.filter((hit) => hit.score <= cutoff).slice(0, limit);
	};

	const nearest = (query: string, limit = 5, floor = options.minNearest): SearchHit[] => {
		if (query.trim() === '') return [];
		return rank(query.trim(), scoreAll(query, floor)).slice(0, limit);
	};

	return Object.assign(search, { nearest });
}
