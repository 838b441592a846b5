import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	describeValue,
	formatPath,
	formatProblem,
	problemsFromZodError,
	valueAt,
} from '../../../src/lib/validation/friendly-errors';

describe('formatPath', () => {
	test('writes array indexes in brackets', () => {
		expect(formatPath(['channels', 0, 'fees', 1, 'amount'])).toBe('channels[0].fees[1].amount');
	});
	test('returns an empty string for the root', () => {
		expect(formatPath([])).toBe('');
	});
});

describe('valueAt', () => {
	test('returns the value at a path, or undefined past a missing step', () => {
		const data = { a: [{ b: 'x' }] };
		expect(valueAt(data, ['a', 0, 'b'])).toBe('x');
		expect(valueAt(data, ['a', 3, 'b'])).toBeUndefined();
	});
});

describe('describeValue', () => {
	test('quotes strings and cuts long values', () => {
		expect(describeValue('abc')).toBe('"abc"');
		expect(describeValue('x'.repeat(100)).length).toBeLessThanOrEqual(60);
		expect(describeValue(undefined)).toBe('nothing');
	});
});

describe('problemsFromZodError', () => {
	const schema = z.object({
		fees: z.array(
			z.object({ amount: z.number({ invalid_type_error: 'expected a whole number of đồng ≥ 0' }) })
		),
	});

	test('says what was expected and what was found', () => {
		const data = { fees: [{ amount: 1 }, { amount: 'abc' }] };
		const result = schema.safeParse(data);
		if (result.success) throw new Error('expected a failure');
		const [problem] = problemsFromZodError('content/procedures/2.002039.md', result.error, data);
		expect(formatProblem(problem!)).toBe(
			'content/procedures/2.002039.md: fees[1].amount: expected a whole number of đồng ≥ 0, got "abc"'
		);
	});

	test('says when a required field is missing', () => {
		const result = z.object({ name: z.string() }).safeParse({});
		if (result.success) throw new Error('expected a failure');
		expect(problemsFromZodError('f.md', result.error, {})[0]?.message).toBe(
			'is required but missing'
		);
	});
});
