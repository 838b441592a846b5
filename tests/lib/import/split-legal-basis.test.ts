import { describe, expect, test } from 'vitest';
import { findLegalNumbers } from '../../../src/lib/import/find-legal-numbers';
import { splitLegalBasis } from '../../../src/lib/import/split-legal-basis';

const header = 'Tên văn bản pháp lýMã văn bản';
const numbers = (text: string) => findLegalNumbers(text).map((match) => match.number);

describe('findLegalNumbers', () => {
	test('cuts a symbol where the next title is glued to it', () => {
		expect(numbers('66.7/2025/NQ-CPThông tư số 12/2025/TT-BTP')).toEqual([
			'66.7/2025/NQ-CP',
			'12/2025/TT-BTP',
		]);
		expect(numbers('191/2025/NĐ-CPLUẬT QUỐC TỊCH VIỆT NAM24/2008/QH12')).toEqual([
			'191/2025/NĐ-CP',
			'24/2008/QH12',
		]);
		expect(numbers('47/2019/TT-BTCquy định chi tiết')).toEqual(['47/2019/TT-BTC']);
	});

	test('ends a Quốc hội symbol at its legislature number', () => {
		expect(numbers('Luật số 37/2024/QH1519/2024/TT-BTP')).toEqual([
			'37/2024/QH15',
			'19/2024/TT-BTP',
		]);
	});

	test('drops a year glued in front of the number', () => {
		const [match] = findLegalNumbers('Luật Giám định tư pháp năm 201213/2012/QH13');
		expect(match?.number).toBe('13/2012/QH13');
	});

	test('reads joint and Prime Minister symbols and a stray space', () => {
		expect(numbers('146/2012/TTLT-BTC-BTP')).toEqual(['146/2012/TTLT-BTC-BTP']);
		expect(numbers('Quyết định 09/2019/QĐ-TTg ngày')).toEqual(['09/2019/QĐ-TTg']);
		expect(numbers('Thông tư số 11/2020/TT- BTP ngày')).toEqual(['11/2020/TT-BTP']);
	});

	test('marks a symbol whose end had to be guessed', () => {
		const [match] = findLegalNumbers('01/2020/TT-BXYZquy định');
		expect(match).toMatchObject({ number: '01/2020/TT-BXY', guessed: true });
	});
});

describe('splitLegalBasis', () => {
	test('reads rows of title and number with type, issuer and date', () => {
		const { refs } = splitLegalBasis(
			`${header}Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền08/2025/TT-BTPLUẬT QUỐC TỊCH VIỆT NAM24/2008/QH12`
		);
		expect(refs).toEqual([
			{
				number: '08/2025/TT-BTP',
				type: 'Thông tư',
				title:
					'Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền',
				date: '2025-06-12',
				issuer: 'Bộ Tư pháp',
			},
			{
				number: '24/2008/QH12',
				type: 'Luật',
				title: 'LUẬT QUỐC TỊCH VIỆT NAM',
				issuer: 'Quốc hội',
			},
		]);
	});

	test('reads a number cell that repeats the kind of document', () => {
		const { refs } = splitLegalBasis(
			`${header}quy định mức thu phí thẩm định tiêu chuẩn hành nghề đấu giá tài sảnThông tư số 106/2017/TT-BTCLuật Đấu giá tài sản năm 201601/2016/QH14`
		);
		expect(refs.map((ref) => [ref.type, ref.number, ref.title])).toEqual([
			[
				'Thông tư',
				'106/2017/TT-BTC',
				'quy định mức thu phí thẩm định tiêu chuẩn hành nghề đấu giá tài sản',
			],
			['Luật', '01/2016/QH14', 'Luật Đấu giá tài sản năm 2016'],
		]);
	});

	test('keeps documents cited in a title once, in the order they first appear, dated by the text', () => {
		const { refs } = splitLegalBasis(
			`${header}sửa đổi Thông tư số 05/2008/TT-BTP ngày 23/9/2008 và Thông tư số 01/2010/TT-BTP ngày 09/02/2010Thông tư số 19/2011/TT-BTPQuy định chi tiết01/2010/TT-BTP`
		);
		expect(refs.map((ref) => ref.number)).toEqual([
			'05/2008/TT-BTP',
			'01/2010/TT-BTP',
			'19/2011/TT-BTP',
		]);
		expect(refs[0]).toMatchObject({ date: '2008-09-23' });
		expect(refs[0]?.title).toBeUndefined();
		expect(refs[1]?.title).toBe('Quy định chi tiết');
	});

	test('reads a date written in words', () => {
		const { refs } = splitLegalBasis(
			`${header}Nghị định số 191/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ191/2025/NĐ-CP`
		);
		expect(refs[0]?.date).toBe('2025-07-01');
	});

	test('reports a row without a readable number', () => {
		const { refs, uncertain } = splitLegalBasis(
			`${header}Luật 65/2006/QH1165/2006/QH11Quyết định 1025/QĐ-BCA`
		);
		expect(refs.map((ref) => ref.number)).toEqual(['65/2006/QH11']);
		expect(uncertain).toEqual(['Quyết định 1025/QĐ-BCA']);
	});

	test('returns nothing for an empty table', () => {
		expect(splitLegalBasis('Không có thông tin')).toEqual({ refs: [], uncertain: [] });
	});

	test('keeps text glued before the table header out of the first number', () => {
		// Found by the property test: removing the header joined “15.000094” and “01/2010/TT-BTP”.
		const { refs } = splitLegalBasis(
			'Mã: KQ.G15.000094Tên văn bản pháp lýMã văn bản01/2010/TT-BTP'
		);
		expect(refs.map((ref) => ref.number)).toEqual(['01/2010/TT-BTP']);
	});
});
