import { describe, expect, test } from 'vitest';
import { compileSynonyms, dropFillers, expandQuery } from '../../../src/lib/search/expand';
import { synonyms } from '../../../src/lib/search/synonyms';

const texts = (query: string) => expandQuery(query).map((variant) => variant.text);

describe('expandQuery', () => {
	test('returns the query as typed first, in search form', () => {
		expect(expandQuery('Cấp thẻ')[0]).toEqual({ text: 'cap the', rewrites: 0 });
	});
	test('spells out abbreviations', () => {
		expect(texts('LLTP')).toContain('li lich tu phap');
	});
	test('does not repeat a wording the query already has', () => {
		expect(texts('lý lịch tư pháp')).toEqual(['li lich tu phap']);
	});
	test('maps everyday verbs to the official ones', () => {
		expect(texts('mo van phong cong chung')).toContain('thanh lap van phong cong chung');
		expect(texts('lam the')).toContain('cap the');
		expect(texts('mat the cong chung vien')).toContain('cap lai the cong chung vien');
	});
	test('prefers the longest phrase, so “làm mất” is one piece', () => {
		expect(texts('lam mat the')).toEqual(['lam mat the', 'cap lai the']);
	});
	test('combines rewrites and counts them', () => {
		const variant = expandQuery('mo van phong luat su').find(
			(v) => v.text === 'dang ki hoat dong to chuc hanh nghe luat su'
		);
		expect(variant?.rewrites).toBe(2);
	});
	test('returns at most the limit, fewest rewrites first', () => {
		const variants = expandQuery('mo van phong luat su mat the', 4);
		expect(variants).toHaveLength(4);
		expect(variants.map((v) => v.rewrites)).toEqual([0, 1, 1, 1]);
	});
});

describe('dropFillers', () => {
	test('drops words that name no procedure', () => {
		expect(dropFillers(['thu', 'tuc', 'xin', 'nhap', 'quoc', 'tich', 'o', 'dau'])).toEqual([
			'nhap',
			'quoc',
			'tich',
		]);
	});
	test('keeps the query when it is all fillers', () => {
		expect(dropFillers(['thu', 'tuc'])).toEqual(['thu', 'tuc']);
	});
});

describe('synonym table', () => {
	test('every rule has words on both sides and a note', () => {
		for (const rule of synonyms) {
			expect(rule.say.length).toBeGreaterThan(0);
			expect(rule.means.length).toBeGreaterThan(0);
			expect(rule.note).not.toBe('');
		}
	});
	test('no phrase is listed under two rules', () => {
		const phrases = compileSynonyms(synonyms).map((rule) => rule.say.join(' '));
		expect(new Set(phrases).size).toBe(phrases.length);
	});
});
