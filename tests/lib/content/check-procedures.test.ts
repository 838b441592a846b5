import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';
import { mockProcedure, writeProcedureFiles } from '../../support/procedure-factory';

function errorLines(root: string): string[] {
	return checkContent(root).errors.map(formatProblem);
}

describe('checkContent', () => {
	test('passes valid files and returns them', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		const result = checkContent(root);
		expect(result.errors).toEqual([]);
		expect(result.procedures.map((p) => p.id)).toEqual(['1.002153']);
		expect(result.fileCount).toBe(1);
	});

	test('reports an invalid value with file, path and found value', () => {
		const procedure = mockProcedure();
		procedure.channels![0]!.fees = [{ kind: 'le-phi', amount: 'abc' as unknown as number, asWritten: '' }];
		const root = writeProcedureFiles({ '1.002153.md': procedure });
		expect(errorLines(root)).toEqual([
			'content/procedures/1.002153.md: channels[0].fees[0].amount: expected a whole number of đồng ≥ 0, got "abc"',
		]);
	});

	test('reports broken YAML with its line number and goes on with other files', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure(),
			'2.002039.md': "---\ncode: '2.002039'\nname: [unclosed\n---\n",
		});
		const result = checkContent(root);
		expect(result.procedures).toHaveLength(1);
		expect(result.errors).toHaveLength(1);
		expect(formatProblem(result.errors[0]!)).toMatch(/^content\/procedures\/2\.002039\.md:\d+: front matter is not valid YAML/);
	});

	test('requires ASCII file names', () => {
		const root = writeProcedureFiles({ 'Thủ tục mẫu.md': mockProcedure({ code: null }) });
		expect(errorLines(root)[0]).toContain('must be ASCII');
	});

	test('requires a coded file to be named after its code, and codes to be unique', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure(),
			'ban-sao.md': mockProcedure(),
		});
		const lines = errorLines(root);
		expect(lines).toContain('content/procedures/ban-sao.md: code: the file of procedure 1.002153 must be named "1.002153.md"');
		expect(lines).toContain('content/procedures/ban-sao.md: code: code 1.002153 is already used by content/procedures/1.002153.md');
	});

	test('lists data-quality flags as warnings, not errors', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({
				flags: [{ code: 'fee-lost-thousands', path: 'channels[0].fees[0].amount', message: 'Số tiền đang được xác minh.' }],
			}),
		});
		const { errors, warnings } = checkContent(root);
		expect(errors).toEqual([]);
		expect(warnings.map(formatProblem)).toEqual([
			'content/procedures/1.002153.md: channels[0].fees[0].amount: [fee-lost-thousands] Số tiền đang được xác minh.',
		]);
	});

	test('skips drafts whose name starts with an underscore', () => {
		const root = writeProcedureFiles({ '_draft.md': 'not even front matter' });
		expect(checkContent(root).fileCount).toBe(0);
	});
});
