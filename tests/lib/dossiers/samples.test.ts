import { describe, expect, test } from 'vitest';
import {
	activeIn,
	firstDay,
	nameWeight,
	sampleProcedures,
	type ProcedureEntry,
} from '../../../src/lib/dossiers/samples';
import { day } from './support/factories';

function entry(
	id: string,
	eraHint: string,
	status: ProcedureEntry['data']['status']
): ProcedureEntry {
	return {
		id,
		data: {
			code: id,
			name: `Thủ tục ${id}`,
			field: 'Luật sư',
			channels: [
				{
					kind: 'unspecified' as 'in-person',
					timeLimit: { value: 5, unit: 'working-days', asWritten: '' },
					fees: [],
				},
			],
			status,
			provenance: { source: 'national-db', dataset: 'x', record: id, snapshot: 'x', eraHint },
		},
	};
}

const old = entry('1.000390', 'mã cũ, nhiều khả năng đã có năm 2021', { state: 'active' });
const fresh = entry('1.013859', 'mã mới 2025-2026 (mã này không có năm 2021)', { state: 'active' });
const moved = entry('2.002039', 'đã có năm 2021', {
	state: 'transferred',
	since: '2025-07-01',
	successor: { agency: 'Công an tỉnh' },
});
const gone = entry('2.000488', 'đã có năm 2021', { state: 'unlisted' });

describe('activeIn', () => {
	test('uses the era hint for 2021', () => {
		expect(activeIn(old, 2021)).toEqual({});
		expect(activeIn(fresh, 2021)).toBeNull();
		expect(activeIn(gone, 2021)).toEqual({});
	});
	test('starts a procedure with a new code on 1 July 2025, or on its newest legal document', () => {
		expect(activeIn(fresh, 2024)).toBeNull();
		expect(activeIn(fresh, 2025)).toEqual({ from: day('2025-07-01') });
		const later = {
			...fresh,
			data: { ...fresh.data, legalBasis: [{ number: '1/2025/NĐ-CP', date: '2025-08-15' }] },
		} as ProcedureEntry;
		expect(firstDay(later)).toBe(day('2025-08-15'));
		expect(firstDay(old)).toBeUndefined();
	});
	test('uses the status for later years, up to the day before a transfer', () => {
		expect(activeIn(fresh, 2026)).toEqual({});
		expect(activeIn(moved, 2025)).toEqual({ until: day('2025-06-30') });
		expect(activeIn(moved, 2026)).toBeNull();
		expect(activeIn(gone, 2025)).toBeNull();
	});
});

describe('sampleProcedures', () => {
	test('keeps the procedures of the year and reads an unnamed channel as in person', () => {
		const procedures = sampleProcedures([old, fresh, moved, gone], 2021);
		expect(procedures.map((procedure) => procedure.id)).toEqual([
			'1.000390',
			'2.002039',
			'2.000488',
		]);
		expect(procedures[0]?.channels[0]?.kind).toBe('in-person');
	});
});

describe('nameWeight', () => {
	test('makes certificates and copies common, organisational changes rare', () => {
		expect(nameWeight('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam')).toBe(4);
		expect(nameWeight('Thủ tục cấp bản sao từ sổ gốc')).toBe(4);
		expect(nameWeight('Sáp nhập công ty luật')).toBe(0.2);
		expect(nameWeight('Cấp lại Chứng chỉ hành nghề luật sư')).toBe(0.2);
		expect(nameWeight('Đăng ký tập sự hành nghề công chứng')).toBe(1);
	});
});
