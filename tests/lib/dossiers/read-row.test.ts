import { describe, expect, test } from 'vitest';
import {
	optionalColumns,
	readHeader,
	requiredColumns,
	type ColumnLayout,
} from '../../../src/lib/dossiers/columns';
import { readRow } from '../../../src/lib/dossiers/read-row';
import { day, fixtureProcedures } from './support/factories';

const { layout } = readHeader([...requiredColumns, ...optionalColumns]) as { layout: ColumnLayout };
const row = (text: string) => readRow(text.split(','), layout, fixtureProcedures);
const reason = (text: string) => {
	const result = row(text);
	return 'reason' in result ? result.reason : null;
};

describe('readRow', () => {
	test('reads a good row in both date formats', () => {
		expect(row('2.002039,2021-01-04,15/01/2021,12/01/2021,Trực tiếp,,Đã trả kết quả')).toEqual({
			dossier: {
				procedureId: '2.002039',
				received: day('2021-01-04'),
				due: day('2021-01-15'),
				finished: day('2021-01-12'),
				channel: 'in-person',
				apology: null,
			},
		});
	});
	test('reads an empty finished_at as pending', () => {
		const result = row('2.002039,2021-01-04,2021-01-15,,online,,');
		expect('dossier' in result && result.dossier.finished).toBeNull();
	});
	test('finds a procedure without a code by its id', () => {
		const result = row('cap-the-dau-gia-vien,2021-01-04,2021-01-15,,online,,');
		expect('dossier' in result && result.dossier.procedureId).toBe('cap-the-dau-gia-vien');
	});
	test('restores a code whose trailing zero a spreadsheet dropped', () => {
		const result = row('1.00039,2021-01-04,2021-01-15,,online,,');
		expect('dossier' in result && result.dossier.procedureId).toBe('1.000390');
	});
	test('rejects a wrong column count', () => {
		expect(reason('2.002039,2021-01-04,2021-01-15,,online')).toBe('expected 7 columns, found 5');
	});
	test('rejects an unknown or empty procedure code', () => {
		expect(reason('9.999999,2021-01-04,2021-01-15,,online,,')).toBe(
			'unknown procedure code "9.999999"'
		);
		expect(reason(',2021-01-04,2021-01-15,,online,,')).toBe('code is empty');
	});
	test('rejects impossible and missing dates, naming the column', () => {
		expect(reason('2.002039,31/02/2021,2021-03-15,,online,,')).toBe(
			'received_at "31/02/2021" is not a real date (expected yyyy-mm-dd or dd/mm/yyyy)'
		);
		expect(reason('2.002039,2021-01-04,,,online,,')).toBe('due_at is empty');
		expect(reason('2.002039,2021-01-04,2021-01-15,2021-01-32,online,,')).toContain(
			'finished_at "2021-01-32"'
		);
		expect(reason('2.002039,2021-01-04,2021-01-15,,online,soon,')).toContain('apology_at "soon"');
	});
	test('rejects a due date before the receipt', () => {
		expect(reason('2.002039,2021-01-15,2021-01-04,,online,,')).toBe(
			'due_at 04/01/2021 is before received_at 15/01/2021'
		);
	});
	test('rejects a resolution or apology before the receipt', () => {
		expect(reason('2.002039,2021-01-15,2021-01-20,2021-01-14,online,,')).toContain(
			'finished_at 14/01/2021 is before'
		);
		expect(reason('2.002039,2021-01-15,2021-01-20,,online,2021-01-01,')).toContain(
			'apology_at 01/01/2021 is before'
		);
	});
	test('rejects an unknown or empty channel', () => {
		expect(reason('2.002039,2021-01-04,2021-01-15,,fax,,')).toBe(
			'unknown channel "fax" (expected Trực tiếp, Trực tuyến, Dịch vụ bưu chính)'
		);
		expect(reason('2.002039,2021-01-04,2021-01-15,,,,')).toBe('channel is empty');
	});
	test('gives every reason of a row at once', () => {
		expect(reason('x,31/02/2021,2021-01-15,,fax,,')?.split('; ')).toHaveLength(3);
	});
});
