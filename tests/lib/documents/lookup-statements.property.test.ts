import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	isLookupSentence,
	lookupSentences,
	sentences,
} from '../../../src/lib/documents/lookup-statements';

/** Pieces of the records’ sentences about lookups, with the full stops and spaces between them. */
const pieces = [
	'khai thác',
	'Khai thác',
	'tra cứu',
	'thay thế',
	'đã có trong',
	'kết nối',
	'Cơ sở dữ liệu quốc gia về dân cư',
	'cơ sở dữ liệu',
	'CSDL',
	'VNeID',
	'Sổ sức khỏe điện tử',
	'dữ liệu',
	'không phải nộp',
	'không phải xuất trình',
	'không yêu cầu',
	'Phiếu lý lịch tư pháp',
	'nộpĐơn đề nghị',
	'thông tin',
	'để',
	'.',
	'.',
	'. ',
	'.  ',
	'.\n',
	' ',
	' ',
	'; ',
	', ',
];

const text = fc
	.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 24 })
	.map((parts) => parts.join(' ').replace(/ {2,}/g, (spaces) => spaces.slice(0, 2)));

describe('lookupSentences (properties)', () => {
	test('gives the sentences isLookupSentence accepts, trying the whole text first', () => {
		fc.assert(
			fc.property(text, (value) => {
				expect(lookupSentences(value)).toEqual(sentences(value).filter(isLookupSentence));
			}),
			{ numRuns: 3000 }
		);
	});
});
