import { describe, expect, test } from 'vitest';
import { RecentCache } from '../../../src/lib/search/recent-cache';

describe('RecentCache', () => {
	test('returns the remembered value without making it again', () => {
		const cache = new RecentCache<string, number>(2);
		let made = 0;
		const make = () => ++made;
		expect(cache.get('a', make)).toBe(1);
		expect(cache.get('a', make)).toBe(1);
		expect(made).toBe(1);
	});

	test('forgets the entry used longest ago when full', () => {
		const cache = new RecentCache<string, string>(2);
		cache.get('a', () => 'a1');
		cache.get('b', () => 'b1');
		cache.get('a', () => 'a2');
		cache.get('c', () => 'c1');
		expect(cache.count).toBe(2);
		expect(cache.get('a', () => 'a3')).toBe('a1');
		expect(cache.get('b', () => 'b2')).toBe('b2');
	});
});
