import { describe, expect, test } from 'vitest';
import { procedureSchema } from '../../src/schemas/procedure';
import { mockProcedure } from '../support/procedure-factory';

function messages(input: unknown): string[] {
	const result = procedureSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('procedureSchema', () => {
	test('accepts a complete procedure and fills defaults', () => {
		const parsed = procedureSchema.parse(mockProcedure({ steps: undefined, flags: undefined }));
		expect(parsed.steps).toEqual([]);
		expect(parsed.flags).toEqual([]);
		expect(parsed.channels[0]?.fees[0]?.amount).toBe(0);
	});

	test('rejects a code written as a YAML number', () => {
		expect(messages(mockProcedure({ code: 2.002039 as unknown as string }))).toEqual([
			'code: expected a national code in quotes, like "2.002039"',
		]);
	});

	test('accepts a legacy procedure without a code', () => {
		expect(messages(mockProcedure({ code: null }))).toEqual([]);
	});

	test('rejects a fee that is not a whole number of đồng', () => {
		const procedure = mockProcedure();
		procedure.channels![0]!.fees = [
			{ kind: 'le-phi', amount: 'abc' as unknown as number, asWritten: '' },
		];
		expect(messages(procedure)).toEqual([
			'channels.0.fees.0.amount: expected a whole number of đồng ≥ 0',
		]);
		procedure.channels![0]!.fees = [{ kind: 'le-phi', amount: 2.5, asWritten: '' }];
		expect(messages(procedure)).toEqual([
			'channels.0.fees.0.amount: expected a whole number of đồng ≥ 0',
		]);
	});

	test('requires a successor for a transferred procedure', () => {
		expect(messages(mockProcedure({ status: { state: 'transferred' } }))).toEqual([
			'status.successor: a transferred procedure must name its successor (agency, and code if known)',
		]);
		expect(
			messages(
				mockProcedure({
					status: {
						state: 'transferred',
						successor: { agency: 'Công an cấp tỉnh', code: '3.000333' },
					},
				})
			)
		).toEqual([]);
	});

	test('rejects malformed legal references and impossible dates', () => {
		const result = messages(
			mockProcedure({ legalBasis: [{ number: 'Luật Quốc tịch', date: '2025-02-30' }] })
		);
		expect(result).toContain(
			'legalBasis.0.number: expected a document number like "191/2025/NĐ-CP" (number/year/symbol)'
		);
		expect(result).toContain('legalBasis.0.date: expected a real calendar date as yyyy-mm-dd');
	});

	test('accepts the legal numbers of real records', () => {
		for (const number of [
			'24/2008/QH12',
			'66.7/2025/NQ-CP',
			'146/2012/TTLT-BTC-BTP',
			'191/2025/NĐ-CP',
			'08/2025/TT-BTP',
		]) {
			expect(messages(mockProcedure({ legalBasis: [{ number }] }))).toEqual([]);
		}
	});

	test('names the allowed values of an enum', () => {
		expect(messages(mockProcedure({ level: ['trung-uong' as 'province'] }))).toEqual([
			'level.0: expected one of ministry, province, district, commune, other',
		]);
	});
});
