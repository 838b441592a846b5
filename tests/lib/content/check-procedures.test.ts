import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { checkProcedures } from '../../../src/lib/content/check-procedures';
import { summarize } from '../../../src/lib/content/procedure-summary';
import type { ReadResult } from '../../../src/lib/content/read-markdown';
import { procedureSchema } from '../../../src/schemas/procedure';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';
import { mockProcedure, writeProcedureFiles } from '../../support/procedure-factory';
import { projectContentDir } from '../../../src/lib/content/content-dir';

function errorLines(root: string): string[] {
	return checkContent(projectContentDir(root)).errors.map(formatProblem);
}

/** A procedure file written by hand, so the test controls every line. */
const handWritten = (fee: string) => `---
code: '1.002153'
name: Đăng ký hành nghề luật sư với tư cách cá nhân
field: Luật sư
level: [province]
agencies:
  implementing: Sở Tư pháp
channels:
  - kind: in-person
    timeLimit: { value: 5, unit: working-days }
    fees:
      - kind: le-phi
        ${fee}
online: { level: unknown }
status: { state: active }
provenance: { source: national-db, dataset: x.jsonl, record: '1.002153', snapshot: '2025' }
---
Ghi chú.
`;

describe('checkContent', () => {
	test('passes valid files and returns them', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		const result = checkContent(projectContentDir(root));
		expect(result.errors).toEqual([]);
		expect(result.procedures.map((p) => p.id)).toEqual(['1.002153']);
		expect(result.fileCount).toBe(1);
	});

	test('accepts a hand-written file', () => {
		expect(
			errorLines(writeProcedureFiles({ '1.002153.md': handWritten('amount: 50000') }))
		).toEqual([]);
	});

	test('reports an invalid value with file, line, path and found value', () => {
		const root = writeProcedureFiles({ '1.002153.md': handWritten('amount: abc') });
		expect(errorLines(root)).toEqual([
			'content/procedures/1.002153.md:13: channels[0].fees[0].amount: cần số đồng nguyên từ 0 đến 1.000.000.000, viết liền không dấu chấm, ví dụ 50000; đang là "abc"',
		]);
	});

	test('reports money written with a thousands dot, which YAML reads as a decimal', () => {
		const root = writeProcedureFiles({ '1.002153.md': handWritten('amount: 50.000') });
		expect(errorLines(root)).toEqual([
			'content/procedures/1.002153.md:13: channels[0].fees[0].amount: cần số viết liền, không có dấu chấm: 50000; đang là 50.000, YAML đọc thành 50',
		]);
		expect(
			errorLines(writeProcedureFiles({ '1.002153.md': handWritten('amount: 1.500') }))
		).toHaveLength(1);
	});

	test('names the field probably meant for a misspelt one, in one line', () => {
		const root = writeProcedureFiles({ '1.002153.md': handWritten('amout: 50000') });
		expect(errorLines(root)).toEqual([
			'content/procedures/1.002153.md:13: channels[0].fees[0].amout: không có trường này trong mẫu; có phải định viết “amount”?',
		]);
		const required = handWritten('amount: 0').replace('\nname:', '\nnmae:');
		expect(errorLines(writeProcedureFiles({ '1.002153.md': required }))).toEqual([
			'content/procedures/1.002153.md:3: nmae: không có trường này trong mẫu; có phải định viết “name”?',
		]);
	});

	test('lists the allowed fields when no field is close', () => {
		const root = writeProcedureFiles({ '1.002153.md': handWritten('price: 50000') });
		expect(errorLines(root)[0]).toBe(
			'content/procedures/1.002153.md:13: channels[0].fees[0].price: không có trường này trong mẫu; các trường được phép ở đây: kind, amount, asWritten, conditions, exemptions, temporaryRate'
		);
	});

	test('reports broken YAML with its line number and goes on with other files', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure(),
			'2.002039.md': "---\ncode: '2.002039'\nname: [unclosed\n---\n",
		});
		const result = checkContent(projectContentDir(root));
		expect(result.procedures).toHaveLength(1);
		expect(result.errors.map(formatProblem)).toEqual([
			expect.stringMatching(
				/^content\/procedures\/2\.002039\.md:\d+: phần đầu tệp không đọc được như YAML/
			),
		]);
	});

	test('reports a field written twice as one YAML error with its line', () => {
		const twice = handWritten('amount: 0').replace(
			'field: Luật sư\n',
			'field: Luật sư\nfield: Công chứng\n'
		);
		expect(errorLines(writeProcedureFiles({ '1.002153.md': twice }))).toEqual([
			'content/procedures/1.002153.md:5: phần đầu tệp không đọc được như YAML: một trường được viết hai lần (trùng tên trường)',
		]);
	});

	test('reports a file without front matter once', () => {
		expect(errorLines(writeProcedureFiles({ '1.002153.md': 'Chỉ có nội dung.\n' }))).toEqual([
			'content/procedures/1.002153.md: cần phần thông tin đầu tệp (front matter) nằm giữa hai dòng ---',
		]);
	});

	test('requires ASCII file names', () => {
		const root = writeProcedureFiles({ 'Thủ tục mẫu.md': mockProcedure({ code: null }) });
		expect(errorLines(root)[0]).toContain('cần tên tệp chỉ gồm chữ thường không dấu');
	});

	test('requires a coded file to be named after its code, and codes to be unique', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure(),
			'ban-sao.md': mockProcedure(),
		});
		expect(errorLines(root)).toEqual([
			'content/procedures/ban-sao.md: code: cần tên tệp "1.002153.md" theo mã thủ tục; đang là "ban-sao.md"',
			'content/procedures/ban-sao.md: code: cần một mã chưa dùng; mã 1.002153 đã có ở content/procedures/1.002153.md',
		]);
	});

	test('reports two spellings of one field once, on the less used spelling', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({ field: 'Công chứng' }),
			'1.000001.md': mockProcedure({ code: '1.000001', field: 'Công chứng' }),
			'1.000002.md': mockProcedure({ code: '1.000002', field: 'Cong Chung' }),
		});
		expect(errorLines(root)).toEqual([
			expect.stringMatching(
				/^content\/procedures\/1\.000002\.md:\d+: field: cần viết đúng như 2 tệp khác: "Công chứng" \(ví dụ content\/procedures\/1\.000001\.md\), vì hai cách viết cùng ra trang \/linh-vuc\/cong-chung\/; đang là "Cong Chung"$/
			),
		]);
	});

	test('reports text in decomposed Unicode once per file', () => {
		const decomposed = handWritten('amount: 0').replace(
			'field: Luật sư',
			`field: ${'Luật sư'.normalize('NFD')}`
		);
		const lines = errorLines(writeProcedureFiles({ '1.002153.md': decomposed }));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^content\/procedures\/1\.002153\.md:4: field: cần chữ tiếng Việt dạng dựng sẵn \(Unicode NFC\)/
		);
	});

	test('lists data-quality flags as warnings, not errors', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({
				flags: [
					{
						code: 'fee-lost-thousands',
						path: 'channels[0].fees[0].amount',
						message: 'Số tiền đang được xác minh.',
					},
				],
			}),
		});
		const { errors, warnings } = checkContent(projectContentDir(root));
		expect(errors).toEqual([]);
		expect(warnings.map(formatProblem)).toEqual([
			'content/procedures/1.002153.md: channels[0].fees[0].amount: [fee-lost-thousands] Số tiền đang được xác minh.',
		]);
	});

	test('skips drafts whose name starts with an underscore', () => {
		const root = writeProcedureFiles({ '_draft.md': 'not even front matter' });
		expect(checkContent(projectContentDir(root)).fileCount).toBe(0);
	});
});

describe('checkProcedures', () => {
	/** A file as the validated-content cache gives it: its summary, and a record that counts reads. */
	function cachedFile(reads: { count: number }): ReadResult {
		const data = procedureSchema.parse(
			mockProcedure({
				flags: [{ code: 'fee-lost-thousands', path: 'name', message: 'Đang xác minh.' }],
			})
		);
		return {
			ok: true,
			value: {
				file: 'content/procedures/1.002153.md',
				id: '1.002153',
				get data() {
					reads.count += 1;
					return data as unknown as Record<string, unknown>;
				},
				body: '',
				lineOf: () => undefined,
				sourceProblems: [],
				validated: true,
				summary: summarize('1.002153', data),
			},
		};
	}

	test('checks cached files from their summaries, and reads the records only for the flags', () => {
		const reads = { count: 0 };
		const check = checkProcedures([cachedFile(reads)]);
		expect(check.problems).toEqual([]);
		expect(check.procedures.map(({ summary }) => summary.code)).toEqual(['1.002153']);
		expect(reads.count).toBe(0);
		expect(check.flagWarnings().map(formatProblem)).toEqual([
			'content/procedures/1.002153.md: name: [fee-lost-thousands] Đang xác minh.',
		]);
		expect(reads.count).toBe(1);
	});
});
