import { describe, expect, test } from 'vitest';
import { defaultRanking } from '../../../src/lib/search/engine';
import { toSearchRecord } from '../../../src/lib/search/records';
import { requiredWords, scoreVariant, type QueryWord } from '../../../src/lib/search/score';
import { WordIndex } from '../../../src/lib/search/word-index';
import { mockEntry } from '../../support/procedure-entry';

const records = [
	mockEntry({ code: '2.002039', name: 'Nhập quốc tịch Việt Nam', field: 'Quốc tịch' }),
	mockEntry({ code: '2.002036', name: 'Thôi quốc tịch Việt Nam', field: 'Quốc tịch' }),
	mockEntry({ code: '1.013859', name: 'Cấp thẻ công chứng viên', field: 'Công chứng' }),
	mockEntry({ code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch' }),
].map(toSearchRecord);
const index = new WordIndex(records, defaultRanking);

/** A query word as the engine looks it up. */
const lookUp = (word: string, typing = false): QueryWord => {
	const matches = index.matches(word, typing);
	return { weight: index.weightOf(word, matches), ...index.occurrences(matches) };
};
const scored = (query: string, floor: number) =>
	[
		...scoreVariant(
			index,
			query.split(' ').map((word) => lookUp(word)),
			defaultRanking,
			floor
		),
	]
		.map(([record]) => records[record]?.code)
		.sort();

describe('requiredWords', () => {
	test('returns the rarest words until the others could not reach the floor together', () => {
		const [nhap, quoc, tich] = ['nhap', 'quoc', 'tich'].map((word) => lookUp(word));
		const required = requiredWords([quoc!, tich!, nhap!], 0.45);
		expect(required[0]).toBe(nhap);
		expect(required.length).toBeLessThan(3);
	});

	test('returns every word when the floor is 0', () => {
		const words = ['nhap', 'quoc', 'tich'].map((word) => lookUp(word));
		expect(requiredWords(words, 0)).toHaveLength(3);
	});
});

describe('scoreVariant', () => {
	test('keeps exactly the records that reach the floor', () => {
		expect(scored('nhap quoc tich', 0.45)).toEqual(['2.002039']);
		expect(scored('nhap quoc tich', 0)).toEqual(['1.001193', '2.002036', '2.002039']);
	});

	test('scores a name that is the query, word for word, 0', () => {
		const words = 'dangki khai sinh'.split(' ').map((word) => lookUp(word));
		const result = scoreVariant(index, words, defaultRanking, 0.45);
		expect(result.get(3)?.score).toBe(0);
		expect(result.get(3)?.relevance).toBe(1);
	});
});
