import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	describeValue,
	formatPath,
	formatProblem,
	issueMessage,
	problemsFromZodError,
	valueAt,
} from '../../../src/lib/validation/friendly-errors';

/** The problems of `data` against `schema`, formatted as the check prints them. */
function lines(
	schema: z.ZodTypeAny,
	data: unknown,
	lineOf?: (path: readonly (string | number)[]) => number
) {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return problemsFromZodError('f.md', result.error, data, { schema, lineOf }).map(formatProblem);
}

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
		expect(describeValue(undefined)).toBe('không có gì');
	});
	test('shows numbers as written, infinity included', () => {
		expect(describeValue(1e308)).toBe('1e+308');
		expect(describeValue(Infinity)).toBe('Infinity');
	});
	test('says that a date was written without quotes', () => {
		expect(describeValue(new Date('2025-07-01T00:00:00Z'))).toBe(
			'ngày 2025-07-01 không trong dấu nháy'
		);
	});
});

describe('issueMessage', () => {
	test('translates the messages zod writes itself', () => {
		const cases: [z.ZodTypeAny, unknown, string][] = [
			[z.number(), 'x', 'cần một số; đang là "x"'],
			[z.string(), 5, 'cần một đoạn chữ; đang là 5'],
			[z.boolean(), 'có', 'cần true hoặc false; đang là "có"'],
			[
				z.array(z.string()),
				'x',
				'cần một danh sách (mỗi mục một dòng bắt đầu bằng “- ”); đang là "x"',
			],
			[z.enum(['a', 'b']), 'c', 'cần một trong: a, b; đang là "c"'],
			[z.number().min(2000), 1999, 'cần một số ≥ 2.000; đang là 1999'],
			[z.number().max(0.5), 1, 'cần một số ≤ 0,5; đang là 1'],
			[z.array(z.string()).min(1), [], 'cần ít nhất 1 mục; đang là []'],
			[z.string().email(), 'x', 'cần một địa chỉ thư điện tử; đang là "x"'],
			[z.literal('đồng/giờ'), 'x', 'cần đúng giá trị "đồng/giờ"; đang là "x"'],
		];
		for (const [schema, data, message] of cases) {
			const result = schema.safeParse(data);
			expect(result.success).toBe(false);
			expect(issueMessage(result.error!.issues[0]!, data)).toBe(message);
		}
	});
	test('keeps the Vietnamese messages of the schemas', () => {
		const result = z.number({ invalid_type_error: 'cần số đồng' }).safeParse('abc');
		expect(issueMessage(result.error!.issues[0]!, 'abc')).toBe('cần số đồng; đang là "abc"');
	});
});

describe('problemsFromZodError', () => {
	const schema = z
		.object({
			name: z.string(),
			fees: z.array(
				z
					.object({ kind: z.string(), amount: z.number({ invalid_type_error: 'cần số đồng' }) })
					.strict()
			),
		})
		.strict();

	test('says what was expected and what was found', () => {
		expect(
			lines(schema, {
				name: 'x',
				fees: [
					{ kind: 'a', amount: 1 },
					{ kind: 'a', amount: 'abc' },
				],
			})
		).toEqual(['f.md: fees[1].amount: cần số đồng; đang là "abc"']);
	});

	test('says when a required field is missing', () => {
		expect(lines(z.object({ name: z.string() }), {})).toEqual([
			'f.md: name: cần có trường này; đang thiếu',
		]);
	});

	test('gives one problem per value even when it breaks two rules', () => {
		const twice = z.string().regex(/^\d+$/, 'cần chữ số').min(3, 'cần ba ký tự');
		expect(lines(z.object({ code: twice }), { code: 'x' })).toEqual([
			'f.md: code: cần chữ số; đang là "x"',
		]);
	});

	test('names the field probably meant for each unknown field', () => {
		expect(
			lines(schema, { name: 'x', fees: [{ kind: 'a', amout: 5, amount: 5, colour: 1 }] })
		).toEqual([
			'f.md: fees[0].amout: không có trường này trong mẫu; có phải định viết “amount”?',
			'f.md: fees[0].colour: không có trường này trong mẫu; các trường được phép ở đây: kind, amount',
		]);
	});

	test('reports a misspelt required field once, not also as missing', () => {
		expect(lines(schema, { nmae: 'x', fees: [] })).toEqual([
			'f.md: nmae: không có trường này trong mẫu; có phải định viết “name”?',
		]);
	});

	test('adds the line of each value and sorts by line', () => {
		const lineOf = (path: readonly (string | number)[]) => (path[0] === 'name' ? 9 : 3);
		expect(lines(schema, { name: 1, fees: 'x' }, lineOf)).toEqual([
			'f.md:3: fees: cần một danh sách (mỗi mục một dòng bắt đầu bằng “- ”); đang là "x"',
			'f.md:9: name: cần một đoạn chữ; đang là 1',
		]);
	});
});
