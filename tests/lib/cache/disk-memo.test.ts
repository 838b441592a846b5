import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { diskMemo } from '../../../src/lib/cache/disk-memo';

const names: string[] = [];

/** A memo in a folder of its own under the project’s `.cache/`, removed after the test. */
function memo(fingerprint: string | null = 'code-a', limit = 4) {
	const name = `test-disk-memo-${process.pid}-${names.length}`;
	names.push(name);
	return { memo: diskMemo<number[]>({ name, fingerprint: () => fingerprint, limit }), name };
}

const folder = (name: string) => join(process.cwd(), '.cache', name);

afterEach(() => {
	for (const name of names.splice(0)) rmSync(folder(name), { recursive: true, force: true });
});

describe('diskMemo', () => {
	test('gives back what was kept for the same text, to another memo of the same code', () => {
		const { memo: first, name } = memo();
		first.set('a,b\n1,2', [1, 2]);
		const again = diskMemo<number[]>({ name, fingerprint: () => 'code-a', limit: 4 });
		expect(again.get('a,b\n1,2')).toEqual([1, 2]);
		expect(again.get('a,b\n1,3')).toBeUndefined();
	});

	test('never gives a result of other code', () => {
		const { memo: first, name } = memo('code-a');
		first.set('text', [1]);
		const changed = diskMemo<number[]>({ name, fingerprint: () => 'code-b', limit: 4 });
		expect(changed.get('text')).toBeUndefined();
	});

	test('keeps nothing without a fingerprint', () => {
		const { memo: none, name } = memo(null);
		none.set('text', [1]);
		expect(none.get('text')).toBeUndefined();
		expect(existsSync(folder(name))).toBe(false);
	});

	test('keeps the most recently written results up to its limit', () => {
		const { memo: small, name } = memo('code-a', 2);
		const files = () => readdirSync(folder(name)).filter((file) => file.endsWith('.json'));
		small.set('one', [1]);
		const [one] = files();
		small.set('two', [2]);
		const two = files().find((file) => file !== one);
		// The order of writing made certain, whatever the clock’s resolution.
		utimesSync(join(folder(name), one!), 1_000, 1_000);
		utimesSync(join(folder(name), two!), 2_000, 2_000);
		small.set('three', [3]);
		expect(files()).toHaveLength(2);
		expect(small.get('one')).toBeUndefined();
		expect(small.get('two')).toEqual([2]);
		expect(small.get('three')).toEqual([3]);
	});

	test('treats a damaged result as missing', () => {
		const { memo: first, name } = memo();
		first.set('text', [1]);
		const [file] = readdirSync(folder(name));
		writeFileSync(join(folder(name), file!), '[1,');
		expect(first.get('text')).toBeUndefined();
	});
});
