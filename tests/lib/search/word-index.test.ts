import { describe, expect, test } from 'vitest';
import { toSearchRecord } from '../../../src/lib/search/records';
import { WordIndex } from '../../../src/lib/search/word-index';
import { mockEntry } from '../../support/procedure-entry';

const records = [
	mockEntry({ code: '2.002039', name: 'Nhập quốc tịch Việt Nam', field: 'Quốc tịch' }),
	mockEntry({ code: '2.002036', name: 'Thôi quốc tịch Việt Nam', field: 'Quốc tịch' }),
	mockEntry({ code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch' }),
].map(toSearchRecord);
const index = new WordIndex(records, { threshold: 0.3, prefix: 0.5 });
const words = (word: string, typing = false) =>
	index.matches(word, typing).map((match) => `${match.word}:${match.kind}`);

describe('WordIndex', () => {
	test('records each word’s records and positions, bound words joined', () => {
		expect(index.names.get('quoc')).toEqual([
			{ record: 0, positions: [1] },
			{ record: 1, positions: [1] },
		]);
		expect(index.names.get('dangki')).toEqual([{ record: 2, positions: [0] }]);
		expect(index.names.has('ki')).toBe(false);
		expect(index.lengths).toEqual([5, 5, 3]);
	});
	test('indexes field words apart from names', () => {
		expect([...(index.fields.get('tich') ?? [])]).toEqual([0, 1, 2]);
	});
	test('weighs rare words above common ones, and unknown words highest', () => {
		expect(index.weight('nhap')).toBeGreaterThan(index.weight('quoc'));
		expect(index.weight('xyz')).toBeGreaterThan(index.weight('nhap'));
	});
	test('matches a word, a typo in a longer word, and the start of a word being typed', () => {
		expect(words('quoc')).toEqual(['quoc:same']);
		expect(words('tick')).toEqual(['tich:typo']);
		expect(words('th', true)).toEqual(['thoi:prefix']);
		expect(words('th')).toEqual([]);
	});
	test('never matches a short word inside a longer one', () => {
		expect(words('ki')).toEqual([]);
		expect(words('ang')).toEqual([]);
	});
	test('gives a typo the weight of the word it stands for', () => {
		expect(index.weightOf('tick', index.matches('tick', false))).toBe(index.weight('tich'));
		expect(index.weightOf('th', index.matches('th', true))).toBe(index.weight('th'));
	});
});

describe('WordIndex.occurrences', () => {
	test('gives each record holding a matched word its best similarity and positions', () => {
		const { names, fields } = index.occurrences(index.matches('tick', false));
		expect([...names.keys()]).toEqual([0, 1]);
		expect(names.get(0)?.positions).toEqual([2]);
		expect(names.get(0)?.similarity).toBeLessThan(1);
		expect([...fields.keys()]).toEqual([0, 1, 2]);
	});

	test('returns no records for no matches', () => {
		const { names, fields } = index.occurrences([]);
		expect(names.size + fields.size).toBe(0);
	});
});
