import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toNationalRecord } from '../../../src/lib/import/national-record';
import { readNationalFile } from '../../../src/lib/import/read-national-file';
import { mockRecord } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'tthc-national-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads a JSON Lines file made of `lines`. */
function read(lines: string[]) {
	const path = join(dir, 'records.jsonl');
	writeFileSync(path, lines.join('\n'));
	return readNationalFile(path);
}

const line = (overrides = {}) => JSON.stringify(mockRecord(overrides));

describe('toNationalRecord', () => {
	test('returns the record when every field is text', () => {
		expect(toNationalRecord(mockRecord())).toEqual(mockRecord());
	});

	test('returns a problem for values that are not objects', () => {
		expect(toNationalRecord([])).toEqual({
			problems: [{ message: expect.stringMatching(/một mảng/) }],
		});
		expect(toNationalRecord(null)).toEqual({
			problems: [{ message: expect.stringMatching(/là null$/) }],
		});
	});

	test('names each key field that is missing or empty', () => {
		const { ma_thu_tuc: _code, ...withoutCode } = mockRecord({ linh_vuc: ' ' });
		const result = toNationalRecord(withoutCode);
		expect('problems' in result && result.problems.map(({ field }) => field)).toEqual([
			'ma_thu_tuc',
			'linh_vuc',
		]);
	});

	test('names missing table fields together, and fields that are not text one by one', () => {
		const { thanh_phan_ho_so: _documents, ...record } = mockRecord();
		const result = toNationalRecord({ ...record, can_cu_phap_ly: 5 });
		expect('problems' in result && result.problems).toEqual([
			{ message: expect.stringMatching(/thiếu thanh_phan_ho_so/) },
			{ field: 'can_cu_phap_ly', message: 'cần một chuỗi văn bản, đang là một số 5' },
		]);
	});

	test('rejects a malformed code', () => {
		const result = toNationalRecord(mockRecord({ ma_thu_tuc: '2.00203' }));
		expect('problems' in result && result.problems).toEqual([
			{ field: 'ma_thu_tuc', message: expect.stringMatching(/đang là "2.00203"$/) },
		]);
	});
});

describe('readNationalFile', () => {
	test('returns each record with its line, skipping blank lines', async () => {
		const file = await read([line(), '', line({ ma_thu_tuc: '2.002039' }), '']);
		expect(file.problems).toEqual([]);
		expect(file.entries.map(({ line }) => line)).toEqual([1, 3]);
	});

	test('reports every bad line, not only the first', async () => {
		const file = await read([line(), '{"ma_thu_tuc": "1', '[]', line()]);
		expect(file.problems.map(({ line, field }) => [line, field])).toEqual([
			[2, undefined],
			[3, undefined],
			[4, 'ma_thu_tuc'],
		]);
		expect(file.problems[2]?.message).toMatch(/mã 1.002153 đã có ở dòng 1/);
		expect(file.entries).toHaveLength(1);
	});

	test('reports a file without any record', async () => {
		expect((await read(['', ' '])).problems).toEqual([
			{ file: join(dir, 'records.jsonl'), message: expect.stringMatching(/tệp đang trống/) },
		]);
	});

	test('calls onRecord with the count of lines read', async () => {
		const path = join(dir, 'count.jsonl');
		writeFileSync(path, [line(), line({ ma_thu_tuc: '2.002039' })].join('\n'));
		const counts: number[] = [];
		await readNationalFile(path, (count) => counts.push(count));
		expect(counts).toEqual([1, 2]);
	});
});
