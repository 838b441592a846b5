/**
 * Bracket depth after reading `text`, starting from `depth`. A stray closing bracket never takes
 * the depth below zero: the source has notes such as “…64/2025/TT-BTC).)” with one too many.
 */
export function parenDepthAfter(text: string, depth = 0): number {
	let current = depth;
	for (const char of text) {
		if (char === '(') current += 1;
		else if (char === ')') current = Math.max(0, current - 1);
	}
	return current;
}

/** Index just after the bracket group opening at `start`, or the end of the text if it never closes. */
export function balancedGroupEnd(text: string, start: number): number {
	let depth = 0;
	for (let index = start; index < text.length; index += 1) {
		const char = text[index];
		if (char === '(') depth += 1;
		else if (char === ')') {
			depth -= 1;
			if (depth === 0) return index + 1;
		}
	}
	return text.length;
}

/** Splits `text` on `separator` characters that are outside brackets. */
export function splitOutsideParens(text: string, separator: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const char of text) {
		if (char === '(') depth += 1;
		else if (char === ')') depth = Math.max(0, depth - 1);
		if (char === separator && depth === 0) {
			parts.push(current);
			current = '';
		} else {
			current += char;
		}
	}
	parts.push(current);
	return parts;
}
