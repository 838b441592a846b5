import { describe, expect, test } from 'vitest';
import { recordPlace, splitSourceNote } from '../../../src/lib/procedure/provenance';

describe('recordPlace', () => {
	test('names a table row in plain words', () => {
		expect(recordPlace({ dataset: 'procedures-sources.csv', record: 'row 158' })).toBe(
			'bảng tổng hợp thủ tục cấp tỉnh của Sở Tư pháp, dòng 158'
		);
	});
	test('names a national record by its code', () => {
		expect(recordPlace({ dataset: 'csdl-bo-tu-phap.jsonl', record: '2.001130' })).toBe(
			'bản sao CSDL quốc gia về thủ tục hành chính, lĩnh vực tư pháp, bản ghi 2.001130'
		);
	});
	test('keeps an unknown file name', () => {
		expect(recordPlace({ dataset: 'khac.csv', record: 'x' })).toBe('tệp khac.csv, bản ghi x');
	});
});

describe('splitSourceNote', () => {
	test('moves the importer’s source note out of the body', () => {
		expect(
			splitSourceNote(
				'\n> **Ghi chú của nguồn** (procedures-sources.csv, row 158): Hình thức nộp (Vĩnh Phúc): Trực tiếp.\n'
			)
		).toEqual({ text: '', sourceNote: 'Hình thức nộp (Vĩnh Phúc): Trực tiếp.' });
	});
	test('keeps a body written for citizens whole', () => {
		const body = 'Tóm tắt cho người dân.\n\n> **Ghi chú của nguồn** (x, row 1): y';
		expect(splitSourceNote(body)).toEqual({ text: body, sourceNote: null });
		expect(splitSourceNote('> Trích dẫn khác')).toEqual({
			text: '> Trích dẫn khác',
			sourceNote: null,
		});
	});
});
