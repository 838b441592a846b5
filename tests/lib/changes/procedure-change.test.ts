import { describe, expect, test } from 'vitest';
import { procedureChange } from '../../../src/lib/changes/procedure-change';
import { trackProcedure } from '../../../src/lib/changes/tracked-values';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockProcedure } from '../../support/procedure-factory';

const tracked = (overrides: Parameters<typeof mockProcedure>[0] = {}) =>
	trackProcedure(procedureSchema.parse(mockProcedure(overrides)));

describe('procedureChange', () => {
	test('returns an added procedure without fields when there was no earlier state', () => {
		expect(procedureChange({ id: '1.002153', after: tracked(), decision: '1/QĐ-BTP' })).toEqual({
			id: '1.002153',
			name: 'Đăng ký hành nghề luật sư với tư cách cá nhân',
			change: 'added',
			decision: '1/QĐ-BTP',
			fields: [],
		});
	});

	test('returns a removed procedure when its file is gone', () => {
		expect(procedureChange({ id: '1.002153', before: tracked() })?.change).toBe('removed');
	});

	test('returns the new status as the change when the procedure is repealed', () => {
		const change = procedureChange({
			id: '1.002153',
			before: tracked(),
			after: tracked({ status: { state: 'repealed', since: '2026-01-01' } }),
		});
		expect(change?.change).toBe('repealed');
		expect(change?.fields).toEqual([
			{ field: 'status', before: 'Đang áp dụng', after: 'Đã bãi bỏ' },
		]);
	});

	test('returns null when nothing followed changed', () => {
		expect(procedureChange({ id: '1.002153', before: tracked(), after: tracked() })).toBeNull();
	});
});
