import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyLine, matchRules } from '../../../src/lib/documents/classify-line';
import { documentKinds } from '../../../src/lib/documents/kinds';
import { kindRules } from '../../../src/lib/documents/rules';

interface Example {
	record: string;
	text: string;
	is?: string;
}

const examples: Record<string, { positive: Example[]; negative: Example[] }> = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../fixtures/documents/kind-examples.json'), 'utf8')
).kinds;

describe('classifyLine', () => {
	test('has positive and negative examples from real records for every canonical kind', () => {
		for (const { id } of documentKinds) {
			expect(examples[id]?.positive.length, id).toBeGreaterThan(0);
			expect(examples[id]?.negative.length, id).toBeGreaterThan(0);
		}
	});

	describe.each(Object.entries(examples))('%s', (kind, { positive, negative }) => {
		test.each(positive.map((example) => [example.record, example.text]))(
			'returns the kind for the line of %s',
			(_record, text) => {
				expect(classifyLine(text).kind).toBe(kind);
			}
		);
		test.each(negative.map((example) => [example.record, example.is, example.text]))(
			'returns another kind for the line of %s (%s)',
			(_record, is, text) => {
				expect(classifyLine(text).kind).toBe(is);
				expect(is).not.toBe(kind);
			}
		);
	});

	test('reads only what follows “thì” in a conditional line', () => {
		expect(
			classifyLine(
				'Trường hợp thực hiện thông qua người đại diện thì văn bản có nội dung về đại diện là tài liệu phải có trong hồ sơ'
			).kind
		).toBe('power-of-attorney');
		expect(
			classifyLine(
				'Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.'
			).kind
		).toBe('note');
	});

	test('splits table cells the source ran together before reading them', () => {
		expect(
			classifyLine('Trường hợp thay đổi tên gọi thì nộpVăn bản đề nghị thay đổi tên gọi').kind
		).toBe('application');
	});

	test('returns heading for a line that introduces a list and names no paper', () => {
		expect(classifyLine('* Giấy tờ phải nộp:')).toEqual({ kind: 'heading', by: 'heading' });
	});

	test('returns other for a line no row of the table reads', () => {
		expect(classifyLine('a) Tạm ứng lần đầu.')).toEqual({ kind: 'other', by: 'none' });
	});
});

describe('matchRules', () => {
	test('returns the row whose match starts leftmost', () => {
		const matched = matchRules('ban sao giay khai sinh hoac giay to chung minh quan he cha con');
		expect(matched.kind).toBe('birth-certificate');
		expect(kindRules[matched.rule!]!.kind).toBe('birth-certificate');
	});

	test('breaks a tie at the same place by the earlier row, so specific rows win', () => {
		const premises = kindRules.findIndex((rule) => rule.kind === 'premises');
		const evidence = kindRules.findIndex((rule) => rule.kind === 'eligibility-proof');
		expect(premises).toBeLessThan(evidence);
		expect(matchRules('giay to chung minh ve tru so').kind).toBe('premises');
	});
});
