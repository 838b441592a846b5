/**
 * Remembers the results of a pure function of a string, up to `limit` distinct strings. Folding a
 * Vietnamese string (NFD and a Unicode regex) costs far more than a map lookup, and the same
 * strings come back: a dossier export repeats a handful of channel spellings a million times, and
 * the once-only rules read each document line and sentence several times. Past the limit new
 * strings are computed each time, so memory stays bounded whatever the input.
 */
export function memoByText<T>(compute: (text: string) => T, limit: number): (text: string) => T {
	const seen = new Map<string, T>();
	return (text) => {
		if (seen.has(text)) return seen.get(text) as T;
		const value = compute(text);
		if (seen.size < limit) seen.set(text, value);
		return value;
	};
}
