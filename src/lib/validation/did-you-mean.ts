/**
 * Edit distance (Levenshtein: insertions, deletions, substitutions) between two short strings,
 * used to suggest the field an officer probably meant (`amout` → `amount`).
 */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The candidate closest to `word`, ignoring case, when it is close enough to be a typo: at most
 * a third of the word’s letters differ (two for short words). `undefined` when none is close.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
	const wanted = word.toLowerCase();
	const allowed = Math.max(2, Math.floor(wanted.length / 3));
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(wanted, candidate.toLowerCase());
		if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
	}
	return best?.candidate;
}
