import { describe, expect, test } from 'vitest';
import { readChecklist, writeChecklist } from '../../../src/lib/procedure/checklist-state';
import { caseLabel, checklistKey, documentCases } from '../../../src/lib/procedure/document-cases';

const group = (text?: string) => ({
	case: text,
	items: [{ name: 'Giấy', originals: 1, copies: 0 }],
});

describe('caseLabel', () => {
	test('drops list markers and the final colon', () => {
		expect(caseLabel('a) Trường hợp đăng ký hoạt động của Chi nhánh:')).toBe(
			'Trường hợp đăng ký hoạt động của Chi nhánh'
		);
		expect(caseLabel('2. Trường hợp thay đổi địa điểm trụ sở:')).toBe(
			'Trường hợp thay đổi địa điểm trụ sở'
		);
		expect(caseLabel('b.Trường hợp người thừa kế')).toBe('Trường hợp người thừa kế');
		expect(caseLabel('* Giấy tờ phải nộp:')).toBe('Giấy tờ phải nộp');
	});
});

describe('documentCases', () => {
	test('offers the alternative cases and keeps the common groups apart', () => {
		expect(
			documentCases([
				group('* Giấy tờ phải nộp:'),
				group('a) Trường hợp A:'),
				group('b) Trường hợp B:'),
				group('Lưu ý'),
			])
		).toEqual({
			common: [0, 3],
			cases: [
				{ index: 1, label: 'Trường hợp A' },
				{ index: 2, label: 'Trường hợp B' },
			],
		});
	});
	test('treats the two sides of an adoption dossier as parts of one dossier', () => {
		expect(
			documentCases([
				group('Hồ sơ của người nhận con nuôi'),
				group('Hồ sơ của người được nhận làm con nuôi'),
			]).cases
		).toEqual([]);
	});
	test('offers no chooser for a single case', () => {
		expect(documentCases([group(), group('Trường hợp A')])).toEqual({ common: [0, 1], cases: [] });
	});
});

describe('checklistKey', () => {
	test('keys ticks by national code, or the page id without one', () => {
		expect(checklistKey('2.001130', '2.001130')).toBe('tthc:giay-to:2.001130');
		expect(checklistKey(null, 'bao-cao-vien')).toBe('tthc:giay-to:bao-cao-vien');
	});
});

describe('checklist state', () => {
	test('round-trips the ticks and the chosen case', () => {
		const state = { ticked: ['1-0', '0-2', '1-0'], chosenCase: '1' };
		expect(readChecklist(writeChecklist(state))).toEqual({
			ticked: ['0-2', '1-0'],
			chosenCase: '1',
		});
	});
	test('reads missing or damaged storage as nothing ticked', () => {
		expect(readChecklist(null)).toEqual({ ticked: [], chosenCase: '' });
		expect(readChecklist('{oops')).toEqual({ ticked: [], chosenCase: '' });
		expect(readChecklist('{"ticked":[1,"0-1"],"chosenCase":5}')).toEqual({
			ticked: ['0-1'],
			chosenCase: '',
		});
	});
});
