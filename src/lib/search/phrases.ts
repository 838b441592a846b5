/** Whether `phrase` occurs in `words` at position `at`. */
export function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
	return phrase.length > 0 && phrase.every((word, i) => words[at + i] === word);
}

/** Whether `phrase` occurs anywhere in `words`. */
export function contains(words: readonly string[], phrase: readonly string[]): boolean {
	return words.some((_, at) => startsAt(words, at, phrase));
}

/**
 * Replaces each of `phrases` found in `words`, left to right, by what `replace` makes of it; the
 * first phrase listed wins where several start at the same word.
 */
export function replacePhrases(
	words: readonly string[],
	phrases: readonly (readonly string[])[],
	replace: (phrase: readonly string[]) => string[]
): string[] {
	const out: string[] = [];
	for (let at = 0; at < words.length; ) {
		const phrase = phrases.find((candidate) => startsAt(words, at, candidate));
		if (phrase) {
			out.push(...replace(phrase));
			at += phrase.length;
		} else {
			out.push(words[at] as string);
			at++;
		}
	}
	return out;
}
