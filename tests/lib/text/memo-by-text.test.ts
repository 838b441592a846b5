import { describe, expect, test } from 'vitest';
import { memoByText } from '../../../src/lib/text/memo-by-text';

describe('memoByText', () => {
	test('computes each text once and returns the same result after', () => {
		const seen: string[] = [];
		const upper = memoByText((text) => {
			seen.push(text);
			return text.toUpperCase();
		}, 10);
		expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
		expect(seen).toEqual(['a', 'b']);
	});

	test('remembers falsy results too', () => {
		let calls = 0;
		const empty = memoByText(() => {
			calls += 1;
			return undefined;
		}, 10);
		empty('x');
		empty('x');
		expect(calls).toBe(1);
	});

	test('past the limit, computes new texts every time and keeps the ones it has', () => {
		const seen: string[] = [];
		const length = memoByText((text) => {
			seen.push(text);
			return text.length;
		}, 2);
		for (const text of ['a', 'bb', 'ccc', 'ccc', 'a', 'bb']) length(text);
		expect(seen).toEqual(['a', 'bb', 'ccc', 'ccc']);
		expect(length('ccc')).toBe(3);
	});
});
