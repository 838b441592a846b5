import { describe, expect, test } from 'vitest';
import { createSearch } from '../../../src/lib/search/engine';
import { toSearchRecord } from '../../../src/lib/search/records';
import { findProcedures } from '../../../src/lib/search/results';
import { mockEntry } from '../../support/procedure-entry';

const paid = { kind: 'le-phi' as const, amount: 100000, asWritten: '100.000 đồng' };
const records = [
	mockEntry({ code: '1.013859', name: 'Cấp thẻ công chứng viên', field: 'Công chứng' }),
	mockEntry({
		code: '1.013834',
		name: 'Thành lập Văn phòng công chứng',
		field: 'Công chứng',
		channels: [{ kind: 'in-person', timeLimit: { value: 15, unit: 'working-days' }, fees: [paid] }],
	}),
	mockEntry({ code: '2.002039', name: 'Nhập quốc tịch Việt Nam ở trong nước', field: 'Quốc tịch' }),
].map(toSearchRecord);
const search = createSearch(records);
const names = (findings: ReturnType<typeof findProcedures>) =>
	findings.active ? findings.shown.map((record) => record.code) : null;

describe('findProcedures', () => {
	test('is inactive without query or filters', () => {
		expect(findProcedures(records, search, ' ', {})).toEqual({ active: false });
	});
	test('keeps the search ranking and applies filters to it', () => {
		expect(names(findProcedures(records, search, 'cong chung', {}))?.length).toBe(2);
		expect(names(findProcedures(records, search, 'cong chung', { fee: 'paid' }))).toEqual([
			'1.013834',
		]);
	});
	test('lists filtered procedures alphabetically when nothing is typed', () => {
		expect(names(findProcedures(records, search, '', { field: 'cong-chung' }))).toEqual([
			'1.013859',
			'1.013834',
		]);
		expect(names(findProcedures(records, search, '', { maxDays: 5 }))).toEqual([
			'1.013859',
			'2.002039',
		]);
	});
	test('suggests the nearest procedures when a query matches nothing', () => {
		const findings = findProcedures(records, search, 'cap the tu van vien', {});
		expect(findings.active && findings.total).toBe(0);
		expect(findings.active && findings.nearest.map((record) => record.code)).toContain('1.013859');
	});
	test('suggests nothing while results are found', () => {
		const findings = findProcedures(records, search, 'cong chung', {});
		expect(findings.active && findings.nearest).toEqual([]);
	});
	test('counts all matches but shows at most the limit', () => {
		const findings = findProcedures(records, search, '', { fee: 'free' }, 1);
		expect(findings.active && [findings.total, findings.shown.length]).toEqual([2, 1]);
	});
});
