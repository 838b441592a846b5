import { describe, expect, test } from 'vitest';
import { planPopulation } from '../../../../src/lib/review/plan/population';
import { procedureSchema, type ProcedureInput } from '../../../../src/schemas/procedure';
import { mockProcedure } from '../../../support/procedure-factory';

/** Entries as the review content holds them: id and validated data. */
function entries(list: [string, Partial<ProcedureInput>][]) {
	return list.map(([id, overrides]) => ({
		id,
		data: procedureSchema.parse(mockProcedure({ code: id, ...overrides })),
	}));
}

const catalogue = entries([
	['2.000001', {}],
	['1.001193', { level: ['commune'], field: 'Hộ tịch' }],
	['2.000815', { level: ['commune', 'other'], field: 'Chứng thực' }],
	['2.000002', { level: ['province', 'commune'], field: 'Hộ tịch' }],
	['3.000333', { otherAgency: 'Công an tỉnh' }],
	[
		'2.000488',
		{ status: { state: 'transferred', successor: { agency: 'Công an tỉnh', code: '3.000333' } } },
	],
]);

describe('planPopulation', () => {
	test('returns the department’s own active procedures when commune ones are not included', () => {
		const ids = planPopulation(catalogue, { includeCommune: false }).map(({ id }) => id);
		expect(ids).toEqual(['2.000001', '2.000002']);
	});

	test('adds the commune-level procedures when included, never another agency’s', () => {
		const ids = planPopulation(catalogue, { includeCommune: true }).map(({ id }) => id);
		expect(ids).toEqual(['1.001193', '2.000001', '2.000002', '2.000815']);
	});
});
