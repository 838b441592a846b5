/** A seeded source of pseudo-random numbers: the same seed gives the same sequence everywhere. */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** A whole number in [min, max]. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
}

/**
 * mulberry32 seeded by a 32-bit FNV-1a hash of the seed text. Not for secrets; chosen because it is
 * tiny, fast and gives identical output on every platform, which makes sample files reproducible.
 */
export function createRandom(seed: string): Random {
	let state = hashSeed(seed);
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
	};
}

function hashSeed(seed: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < seed.length; index += 1) {
		hash ^= seed.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Shuffles a copy of `items` (Fisher–Yates) with the given source. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index -= 1) {
		const other = random.int(0, index);
		[copy[index], copy[other]] = [copy[other]!, copy[index]!];
	}
	return copy;
}

/** Picks from cumulative weights (ascending, last = total) by binary search. */
export function pickIndex(cumulative: readonly number[], random: Random): number {
	const target = random.next() * cumulative[cumulative.length - 1]!;
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (cumulative[middle]! > target) high = middle;
		else low = middle + 1;
	}
	return low;
}
