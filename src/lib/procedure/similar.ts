import { searchWords } from '../search/normalize';
import type { ProcedureEntry } from './entry';
import { viCollator } from './sort';

/** How close two names must be (cosine of their weighted words and word pairs) to be shown. */
const minSimilarity = 0.1;

/**
 * Active procedures of the same field whose names are closest, for every procedure at once, e.g.
 * “Cấp lại Thẻ công chứng viên” beside “Cấp thẻ công chứng viên”. The national database rarely
 * fills “thủ tục liên quan”, and a citizen who lost a card or wants to change a registration
 * looks for exactly these.
 *
 * Names are compared by the cosine of their weighted words and word pairs, among the names of
 * the field sharing their rarest words (an inverted index per field): one pass for the whole
 * build, instead of a fuzzy search of the whole catalogue per page, which made the build grow
 * with the square of the catalogue.
 */
export function similarProcedures(
	catalogue: readonly ProcedureEntry[],
	limit = 4
): Map<string, ProcedureEntry[]> {
	const vectors = nameVectors(catalogue.map((entry) => entry.data.name));
	const postings = fieldPostings(catalogue, vectors);
	const similar = new Map<string, ProcedureEntry[]>();
	catalogue.forEach((entry, index) => {
		const vector = vectors[index]!;
		const ranked = [...candidates(index, vector, postings.get(entry.data.field))]
			.map((other) => ({ other, score: cosine(vector, vectors[other]!) }))
			.filter(({ score }) => score >= minSimilarity)
			.sort((a, b) => b.score - a.score || byName(catalogue[a.other]!, catalogue[b.other]!));
		similar.set(
			entry.id,
			ranked.slice(0, limit).map(({ other }) => catalogue[other]!)
		);
	});
	return similar;
}

/**
 * How many names a procedure is compared with at most. Its rarest words are followed first: a
 * name close to it shares them, while a word every name holds would bring in the whole field,
 * making a large field cost the square of its size.
 */
const candidateBudget = 200;

/** Up to {@link candidateBudget} procedures of the field sharing the rarest words of a name. */
function candidates(
	self: number,
	vector: Vector,
	postings: Map<number, number[]> | undefined
): Set<number> {
	const found = new Set<number>();
	if (!postings) return found;
	const lists = [...vector.features]
		.map((feature) => postings.get(feature) ?? [])
		.sort((a, b) => a.length - b.length);
	for (const list of lists) {
		for (const other of list) {
			if (other !== self) found.add(other);
			if (found.size >= candidateBudget) return found;
		}
	}
	return found;
}

/** A name as its features (ids, ascending) with their rarity weights. */
interface Vector {
	features: Int32Array;
	weights: Float64Array;
	norm: number;
}

/**
 * Names as weighted sets of search words (folded, i/y unified) and neighbouring word pairs
 * (“khai sinh”), by inverse document frequency: a word every name holds (“thủ tục”, “cấp”)
 * weighs little.
 */
function nameVectors(names: readonly string[]): Vector[] {
	const ids = new Map<string, number>();
	const sets = names.map((name) => {
		const words = searchWords(name);
		const pairs = words.slice(1).map((word, index) => `${words[index]} ${word}`);
		const features = new Set<number>();
		for (const feature of [...words, ...pairs]) {
			let id = ids.get(feature);
			if (id === undefined) ids.set(feature, (id = ids.size));
			features.add(id);
		}
		return Int32Array.from(features).sort();
	});
	const counts = new Int32Array(ids.size);
	for (const features of sets) for (const feature of features) counts[feature]! += 1;
	return sets.map((features) => {
		const weights = Float64Array.from(features, (feature) =>
			Math.log(1 + names.length / counts[feature]!)
		);
		const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0));
		return { features, weights, norm: norm || 1 };
	});
}

/** Cosine of two names: the weights of shared features, found by merging the sorted ids. */
function cosine(a: Vector, b: Vector): number {
	let dot = 0;
	for (let i = 0, j = 0; i < a.features.length && j < b.features.length; ) {
		const x = a.features[i]!;
		const y = b.features[j]!;
		if (x === y) {
			dot += a.weights[i]! * b.weights[j]!;
			i += 1;
			j += 1;
		} else if (x < y) i += 1;
		else j += 1;
	}
	return dot / (a.norm * b.norm);
}

/** Per field, per feature: the active procedures holding it, the only ones worth suggesting. */
function fieldPostings(
	catalogue: readonly ProcedureEntry[],
	vectors: readonly Vector[]
): Map<string, Map<number, number[]>> {
	const byField = new Map<string, Map<number, number[]>>();
	catalogue.forEach((entry, index) => {
		if (entry.data.status.state !== 'active') return;
		const postings = byField.get(entry.data.field) ?? new Map<number, number[]>();
		byField.set(entry.data.field, postings);
		for (const feature of vectors[index]!.features) {
			const list = postings.get(feature);
			if (list) list.push(index);
			else postings.set(feature, [index]);
		}
	});
	return byField;
}

function byName(a: ProcedureEntry, b: ProcedureEntry): number {
	return viCollator.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
