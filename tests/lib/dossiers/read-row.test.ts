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
	return 'error' in result ? result.error : null;
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
		expect(reason('2.002039,2021-01-04,2021-01-15,,online')).toBe(
			'cần 7 cột như dòng tiêu đề, đang có 5'
		);
	});
	test('rejects an unknown or empty procedure code', () => {
		expect(reason('9.999999,2021-01-04,2021-01-15,,online,,')).toBe(
			'code: cần mã một thủ tục có trong danh mục; đang là "9.999999"'
		);
		expect(reason(',2021-01-04,2021-01-15,,online,,')).toBe('code: cần mã thủ tục, đang trống');
	});
	test('rejects impossible and missing dates, naming the column', () => {
		expect(reason('2.002039,31/02/2021,2021-03-15,,online,,')).toBe(
			'received_at: cần một ngày có thật dạng yyyy-mm-dd hoặc dd/mm/yyyy; đang là "31/02/2021"'
		);
		expect(reason('2.002039,2021-01-04,,,online,,')).toBe('due_at: cần một ngày, đang trống');
		expect(reason('2.002039,2021-01-04,2021-01-15,2021-01-32,online,,')).toMatch(
			/^finished_at: .*đang là "2021-01-32"$/
		);
		expect(reason('2.002039,2021-01-04,2021-01-15,,online,soon,')).toMatch(
			/^apology_at: .*đang là "soon"$/
		);
	});
	test('rejects a due date before the receipt', () => {
		expect(reason('2.002039,2021-01-15,2021-01-04,,online,,')).toBe(
			'due_at: cần từ ngày nhận hồ sơ 15/01/2021 trở đi; đang là 04/01/2021'
		);
	});
	test('rejects a resolution or apology before the receipt', () => {
		expect(reason('2.002039,2021-01-15,2021-01-20,2021-01-14,online,,')).toBe(
			'finished_at: cần từ ngày nhận hồ sơ 15/01/2021 trở đi; đang là 14/01/2021'
		);
		expect(reason('2.002039,2021-01-15,2021-01-20,,online,2021-01-01,')).toBe(
			'apology_at: cần từ ngày nhận hồ sơ 15/01/2021 trở đi; đang là 01/01/2021'
		);
	});
	test('rejects an unknown or empty channel', () => {
		expect(reason('2.002039,2021-01-04,2021-01-15,,fax,,')).toBe(
			'channel: cần một trong Trực tiếp, Trực tuyến, Dịch vụ bưu chính; đang là "fax"'
		);
		expect(reason('2.002039,2021-01-04,2021-01-15,,,,')).toBe(
			'channel: cần một trong Trực tiếp, Trực tuyến, Dịch vụ bưu chính, đang trống'
		);
	});
	test('gives every reason of a row at once', () => {
		const reasons = reason('x,31/02/2021,2021-01-15,,fax,,')?.split(' | ');
		expect(reasons).toHaveLength(3);
		// The code first, then the columns in order, as an officer reads the row.
		expect(reasons?.map((text) => text.split(':')[0])).toEqual(['code', 'received_at', 'channel']);
	});
});
