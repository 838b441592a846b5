import { describe, expect, test } from 'vitest';
import { shardFolder, splitIntoShards } from '../../../src/lib/pagefind/shards';

describe('splitIntoShards', () => {
	test('keeps the order and fills each shard but the last', () => {
		expect(splitIntoShards(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect(splitIntoShards(['a', 'b'], 2)).toEqual([['a', 'b']]);
	});

	test('gives one empty shard for no pages, so that a bundle is always written', () => {
		expect(splitIntoShards([], 2)).toEqual([[]]);
	});

	test('refuses a shard size below one', () => {
		expect(() => splitIntoShards(['a'], 0)).toThrow(RangeError);
	});
});

describe('shardFolder', () => {
	test('names the first bundle pagefind/ and the others after it', () => {
		expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
	});
});
