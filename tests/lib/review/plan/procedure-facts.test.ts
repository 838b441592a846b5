import { describe, expect, test } from 'vitest';
import { summarize } from '../../../../src/lib/content/procedure-summary';
import {
	dossierBurden,
	issueYear,
	legalDocumentsSince,
	longestTimeLimit,
} from '../../../../src/lib/review/plan/procedure-facts';
import { procedureSchema } from '../../../../src/schemas/procedure';
import { mockProcedure } from '../../../support/procedure-factory';

describe('longestTimeLimit', () => {
	test('compares channels in calendar days', () => {
		const procedure = procedureSchema.parse(
			mockProcedure({
				channels: [
					{ kind: 'online', timeLimit: { value: 5, unit: 'working-days' } },
					{ kind: 'in-person', timeLimit: { value: 6, unit: 'days' } },
					{ kind: 'postal', timeLimit: { unit: 'unspecified' } },
				],
			})
		);
		expect(longestTimeLimit(procedure)).toEqual({ value: 5, unit: 'working-days', days: 7 });
	});
});

describe('dossierBurden', () => {
	test('counts papers and sheets, at least one sheet a paper', () => {
		const procedure = procedureSchema.parse(
			mockProcedure({
				documents: [
					{
						items: [{ name: 'Đơn', originals: 3 }, { name: 'Bản sao', copies: 2 }, { name: 'Ảnh' }],
					},
				],
			})
		);
		expect(dossierBurden(procedure)).toEqual({ papers: 3, sheets: 6 });
	});
});

describe('issueYear and legalDocumentsSince', () => {
	test('reads the year from the date, else from the number', () => {
		expect(issueYear({ number: '191/2025/NĐ-CP', date: '2026-01-02' })).toBe(2026);
		expect(issueYear({ number: '66.7/2025/NQ-CP' })).toBe(2025);
	});

	test('lists documents issued in or after a year', () => {
		const procedure = procedureSchema.parse(
			mockProcedure({
				legalBasis: [{ number: '65/2006/QH11' }, { number: '18/2026/NĐ-CP' }],
			})
		);
		expect(legalDocumentsSince(summarize('x', procedure).legalBasis, 2026)).toEqual([
			'18/2026/NĐ-CP',
		]);
	});
});
