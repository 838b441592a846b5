import { describe, expect, test } from 'vitest';
import { closestMatch, editDistance } from '../../../src/lib/validation/did-you-mean';

describe('editDistance', () => {
	test('counts insertions, deletions and substitutions', () => {
		expect(editDistance('amout', 'amount')).toBe(1);
		expect(editDistance('nmae', 'name')).toBe(2);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});

describe('closestMatch', () => {
	const fields = ['kind', 'amount', 'asWritten', 'conditions', 'exemptions', 'temporaryRate'];
	test('returns the field meant by a typo, ignoring case', () => {
		expect(closestMatch('amout', fields)).toBe('amount');
		expect(closestMatch('Amount', fields)).toBe('amount');
		expect(closestMatch('aswriten', fields)).toBe('asWritten');
		expect(closestMatch('condition', fields)).toBe('conditions');
	});
	test('returns nothing when no field is close', () => {
		expect(closestMatch('price', fields)).toBeUndefined();
		expect(closestMatch('x', [])).toBeUndefined();
	});
});
