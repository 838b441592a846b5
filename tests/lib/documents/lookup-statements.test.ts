import { describe, expect, test } from 'vitest';
import {
	isLookupSentence,
	lookupStatements,
	mentionedKinds,
	sentences,
} from '../../../src/lib/documents/lookup-statements';
import { mockEntry } from '../../support/procedure-entry';

describe('sentences', () => {
	test('splits at a full stop and keeps the semicolons of a list of papers', () => {
		expect(sentences('Hộ chiếu; Thẻ căn cước. Trường hợp khác thì nộp bản sao.')).toEqual([
			'Hộ chiếu; Thẻ căn cước.',
			'Trường hợp khác thì nộp bản sao.',
		]);
	});
});

describe('isLookupSentence', () => {
	test('returns true when a record says the data replaces the paper (1.003198)', () => {
		expect(
			isLookupSentence(
				'Thông tin trên Cơ sở dữ liệu quốc gia về dân cư để thay thế Hộ chiếu; Thẻ Căn cước'
			)
		).toBe(true);
	});

	test('returns true when the paper is not needed once the database answers (1.003160)', () => {
		expect(
			isLookupSentence(
				'Đối với Phiếu lý lịch tư pháp do cơ quan có thẩm quyền của Việt Nam cấp, cơ quan giải quyết thủ tục hành chính có trách nhiệm yêu cầu cơ quan quản lý dữ liệu lý lịch tư pháp cung cấp thông tin lý lịch tư pháp; cá nhân khi thực hiện các thủ tục hành chính này không phải nộp Phiếu Lý lịch tư pháp trong hồ sơ.'
			)
		).toBe(true);
	});

	test('returns false for a paper that merely names a database’s subject', () => {
		expect(isLookupSentence('Bản sao Hộ chiếu hoặc giấy tờ có giá trị thay thế;')).toBe(false);
	});
});

describe('mentionedKinds', () => {
	test('returns every kind a sentence names, not only the first', () => {
		const kinds = mentionedKinds(
			'Thông tin trên Cơ sở dữ liệu hộ tịch điện tử để thay thế Giấy chứng nhận kết hôn hoặc Giấy xác nhận tình trạng hôn nhân'
		);
		expect(kinds.has('marriage-certificate')).toBe(true);
		expect(kinds.has('marital-status')).toBe(true);
	});
});

describe('lookupStatements', () => {
	test('returns the lookup sentences of the document list and of the steps, with their kinds', () => {
		const entry = mockEntry({
			documents: [
				{
					items: [
						{ name: 'Đơn đề nghị', originals: 1, copies: 0 },
						{
							name: 'Lưu ý: Việc nộp Giấy khai sinh chỉ thực hiện trong trường hợp cơ quan tiếp nhận không thể khai thác được thông tin trong Cơ sở dữ liệu hộ tịch điện tử.',
							originals: 0,
							copies: 0,
						},
					],
				},
			],
			steps: [
				'Nộp hồ sơ.',
				'Sở Tư pháp khai thác, sử dụng thông tin trên cơ sở dữ liệu lý lịch tư pháp để thay thế Phiếu lý lịch tư pháp.',
			],
		});
		const statements = lookupStatements(entry);
		expect(statements.map(({ where }) => where)).toEqual(['documents', 'steps']);
		expect([...statements[0]!.kinds]).toContain('birth-certificate');
		expect([...statements[1]!.kinds]).toContain('criminal-record');
	});
});
