import { describe, expect, test } from 'vitest';
import { splitDocuments } from '../../../src/lib/import/split-documents';

const header = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

describe('splitDocuments', () => {
	test('reads rows ending in their quantity, without a case for the `--` header', () => {
		const { groups } = splitDocuments(
			`--${header}Dự thảo Điều lệ của công ty luật1 bản chínhGiấy tờ chứng minh về trụ sở.0 bản chính,1 bản sao`
		);
		expect(groups).toEqual([
			{
				items: [
					{ name: 'Dự thảo Điều lệ của công ty luật', originals: 1, copies: 0 },
					{ name: 'Giấy tờ chứng minh về trụ sở.', originals: 0, copies: 1 },
				],
			},
		]);
	});

	test('takes the form file right before the quantity', () => {
		const { groups } = splitDocuments(
			`--${header}Giấy đề nghị đăng ký hoạt động theo mẫu thống nhấtMẫu TP-LS-02-sđ.docx1 bản chính`
		);
		expect(groups[0]?.items[0]).toEqual({
			name: 'Giấy đề nghị đăng ký hoạt động theo mẫu thống nhất',
			form: 'Mẫu TP-LS-02-sđ.docx',
			originals: 1,
			copies: 0,
		});
	});

	test('takes only the file name when “Mau” is not followed by one', () => {
		const { groups } = splitDocuments(
			`--${header}Giấy đề nghị đăng ký hoạt động doanh nghiệp đấu giá tài sảnMau TP DGTS 03.doc1 bản chính`
		);
		expect(groups[0]?.items[0]).toMatchObject({
			name: 'Giấy đề nghị đăng ký hoạt động doanh nghiệp đấu giá tài sảnMau TP DGTS',
			form: '03.doc',
		});
	});

	test('gives each group the case label written before its header', () => {
		const { groups } = splitDocuments(
			`* Giấy tờ phải nộp:${header}Văn bản ủy quyền.1 bản chính* Giấy tờ phải xuất trình:${header}- Hộ chiếu.1 bản chính`
		);
		expect(groups.map((group) => group.case)).toEqual([
			'* Giấy tờ phải nộp:',
			'* Giấy tờ phải xuất trình:',
		]);
		expect(groups[1]?.items[0]?.name).toBe('- Hộ chiếu.');
	});

	test('reads a numbered case label and collapses white space in names', () => {
		const { groups } = splitDocuments(
			`3. Giấy tờ chứng minh là trẻ em gồm một trong các giấy tờ:${header}c) Văn bản xác định là trẻ   em.1 bản chính`
		);
		expect(groups[0]).toEqual({
			case: '3. Giấy tờ chứng minh là trẻ em gồm một trong các giấy tờ:',
			items: [{ name: 'c) Văn bản xác định là trẻ em.', originals: 1, copies: 0 }],
		});
	});

	test('gives digits glued to the quantity back to the name and reports the row', () => {
		const { groups, uncertain } = splitDocuments(
			`--${header}Bản kê khai theo Nghị định số 70/2024/NĐ-CP ngày 25/6/20241 bản chính`
		);
		expect(groups[0]?.items[0]).toMatchObject({
			name: 'Bản kê khai theo Nghị định số 70/2024/NĐ-CP ngày 25/6/2024',
			originals: 1,
		});
		expect(uncertain).toHaveLength(1);
	});

	test('leaves “01 bản chính” written inside a name alone', () => {
		const { groups } = splitDocuments(
			`--${header}Tờ khai1 bản chính01 bản chính biên bản xác nhận1 bản chính`
		);
		expect(groups[0]?.items.map((item) => item.name)).toEqual([
			'Tờ khai',
			'01 bản chính biên bản xác nhận',
		]);
	});

	test('reports text that is not a table instead of dropping it', () => {
		expect(splitDocuments('Bước 2. Nộp hồ sơ cho cơ quan BHXH')).toEqual({
			groups: [],
			uncertain: ['Bước 2. Nộp hồ sơ cho cơ quan BHXH'],
		});
	});

	test('returns nothing for an empty list', () => {
		expect(splitDocuments('--')).toEqual({ groups: [], uncertain: [] });
		expect(splitDocuments('Không có thông tin')).toEqual({ groups: [], uncertain: [] });
	});
});
