import Fuse from 'fuse.js';
import { joinBoundWords } from './bound-words';
import type { SearchRecord } from './records';

/** Where a word occurs in one record’s name and keywords. */
export interface Posting {
	/** Index of the record. */
	record: number;
	/** Positions of the word among the record’s words, for telling neighbours apart. */
	positions: number[];
}

/** A word of the query read as a word of the catalogue, and how alike the two are (1 = same). */
export interface WordMatch {
	word: string;
	similarity: number;
	/** `typo`: one letter off; `prefix`: the typed word is the start of this one. */
	kind: 'same' | 'typo' | 'prefix';
}

/** What one query word found in one record’s name: the best similarity, and where. */
export interface WordHit {
	similarity: number;
	positions: readonly number[];
}

/** Where the catalogue words a query word stands for occur, per record. */
export interface Occurrences {
	/** Per record index: the best match in its name and keywords. */
	names: Map<number, WordHit>;
	/** Per record index: the similarity of the best match in its field. */
	fields: Map<number, number>;
}

/** How loosely a typed word may match a catalogue word. */
export interface WordTolerance {
	/** Fuse threshold: 0.3 lets one typo through in a word of 4–5 letters, none in a shorter one. */
	threshold: number;
	/** Similarity given to a word that only starts with the last typed word (still being typed). */
	prefix: number;
}

/**
 * The words of the catalogue, built once: for each word, the records and positions where it
 * occurs in names and keywords, the records whose field has it, and in how many records it occurs
 * (rare words such as “quốc tịch” tell more than common ones such as “cấp”).
 */
export class WordIndex {
	readonly names = new Map<string, Posting[]>();
	readonly fields = new Map<string, Set<number>>();
	/** Number of words of each record’s name and keywords. */
	readonly lengths: number[];
	private readonly frequency = new Map<string, number>();
	private readonly fuzzy: Fuse<string>;
	private readonly vocabulary: string[];

	constructor(
		readonly records: readonly SearchRecord[],
		private readonly tolerance: WordTolerance
	) {
		this.lengths = records.map((record, index) => {
			const words = keyWords(record.k);
			const seen = new Set<string>();
			words.forEach((word, position) => {
				const postings = this.names.get(word) ?? [];
				const last = postings[postings.length - 1];
				if (last?.record === index) last.positions.push(position);
				else postings.push({ record: index, positions: [position] });
				this.names.set(word, postings);
				seen.add(word);
			});
			for (const word of keyWords(record.f)) {
				this.fields.set(word, (this.fields.get(word) ?? new Set()).add(index));
				seen.add(word);
			}
			for (const word of seen) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
			return words.length;
		});
		this.vocabulary = [...this.frequency.keys()];
		this.fuzzy = new Fuse(this.vocabulary, {
			threshold: tolerance.threshold,
			ignoreLocation: true,
			includeScore: true,
			minMatchCharLength: 2,
		});
	}

	/**
	 * How much a word tells apart (BM25’s inverse document frequency). A word found nowhere gets
	 * the highest weight: a query about something the catalogue lacks must not match on its
	 * common words alone.
	 */
	weight(word: string): number {
		const n = this.records.length;
		const df = this.frequency.get(word) ?? 0;
		return Math.log(1 + (n - df + 0.5) / (df + 0.5));
	}

	/**
	 * The catalogue words a typed word can stand for: itself, words one typo away (for words of
	 * four letters or more, of about the same length, so “ki” never matches inside “dangki”), and,
	 * for the word still being typed, the words it starts.
	 */
	matches(word: string, typing: boolean): WordMatch[] {
		const found = new Map<string, WordMatch>();
		if (this.frequency.has(word)) found.set(word, { word, similarity: 1, kind: 'same' });
		if (word.length >= 4) {
			for (const hit of this.fuzzy.search(word)) {
				if (Math.abs(hit.item.length - word.length) > 1 || found.has(hit.item)) continue;
				found.set(hit.item, { word: hit.item, similarity: 1 - (hit.score ?? 1), kind: 'typo' });
			}
		}
		if (typing && word.length >= 2) {
			for (const candidate of this.vocabulary) {
				if (candidate.length > word.length && candidate.startsWith(word) && !found.has(candidate))
					found.set(candidate, {
						word: candidate,
						similarity: this.tolerance.prefix,
						kind: 'prefix',
					});
			}
		}
		return [...found.values()];
	}

	/**
	 * The records holding any of the matched words, with the best similarity per record. Built
	 * once per query word and shared by every reading of the query that contains it.
	 */
	occurrences(found: readonly WordMatch[]): Occurrences {
		const names = new Map<number, WordHit>();
		const fields = new Map<number, number>();
		for (const { word, similarity } of found) {
			for (const { record, positions } of this.names.get(word) ?? []) {
				const hit = names.get(record);
				if (!hit || similarity > hit.similarity) names.set(record, { similarity, positions });
				else if (similarity === hit.similarity)
					names.set(record, { similarity, positions: [...hit.positions, ...positions] });
			}
			for (const record of this.fields.get(word) ?? [])
				fields.set(record, Math.max(fields.get(record) ?? 0, similarity));
		}
		return { names, fields };
	}

	/**
	 * The weight of a typed word: its own, or for a typo that of the word it stands for. A word
	 * only started counts as what it is so far, so a half-typed rare word is not taken for the
	 * common words it starts.
	 */
	weightOf(word: string, found: readonly WordMatch[]): number {
		if (this.frequency.has(word)) return this.weight(word);
		const typo = found
			.filter((match) => match.kind === 'typo')
			.sort((a, b) => b.similarity - a.similarity)[0];
		return this.weight(typo?.word ?? word);
	}
}

/** Words of a key that is already in search form (`SearchRecord.k`, `.f`), bound words joined. */
function keyWords(key: string): string[] {
	return key === '' ? [] : joinBoundWords(key.split(' '));
}
