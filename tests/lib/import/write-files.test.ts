import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ImportError } from '../../../src/lib/import/import-problem';
import { writeAllOrNothing } from '../../../src/lib/import/write-files';

/** Makes the n-th write of a temporary file fail with `code`, as a full disk would. */
const failure = vi.hoisted(() => ({ at: 0, code: '', count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:fs')>();
	const writeFileSync: typeof actual.writeFileSync = (file, data, options) => {
		if (failure.at > 0 && String(file).endsWith('.tmp') && ++failure.count === failure.at)
			throw Object.assign(new Error(failure.code), { code: failure.code });
		actual.writeFileSync(file, data, options);
	};
	return { ...actual, default: { ...actual, writeFileSync }, writeFileSync };
});

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tthc-write-'));
	for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), `cũ ${name}`);
	Object.assign(failure, { at: 0, code: '', count: 0 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writes = () =>
	['a.md', 'b.md', 'c.md', 'd.md'].map((name) => ({ path: join(dir, name), text: `mới ${name}` }));
const contents = () =>
	Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

/** The error a write stopped with. */
function stopped(): ImportError {
	try {
		writeAllOrNothing(writes());
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return error as ImportError;
	}
	throw new Error('expected the write to stop');
}

describe('writeAllOrNothing', () => {
	test('writes every file and leaves no temporary file', () => {
		writeAllOrNothing(writes());
		expect(contents()).toEqual({
			'a.md': 'mới a.md',
			'b.md': 'mới b.md',
			'c.md': 'mới c.md',
			'd.md': 'mới d.md',
		});
	});

	test('creates a missing folder', () => {
		const path = join(dir, 'new', 'x.md');
		writeAllOrNothing([{ path, text: 'x' }]);
		expect(readFileSync(path, 'utf8')).toBe('x');
	});

	test('changes nothing when the disk fills up, and says so', () => {
		Object.assign(failure, { at: 3, code: 'ENOSPC' });
		const before = contents();
		const error = stopped();
		expect(error.problems).toEqual([
			{ file: join(dir, 'c.md'), message: 'không ghi được tệp (đĩa đầy)' },
		]);
		expect(error.wroteNothing).toBe(true);
		expect(contents()).toEqual(before);
	});

	test('changes nothing when a temporary file cannot be created', () => {
		mkdirSync(join(dir, `.b.md.${process.pid}.tmp`));
		const before = readFileSync(join(dir, 'a.md'), 'utf8');
		expect(stopped().problems[0]?.file).toBe(join(dir, 'b.md'));
		expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(before);
		expect(existsSync(join(dir, 'd.md'))).toBe(false);
		expect(
			readdirSync(dir).filter((name) => name.endsWith('.tmp') && !name.startsWith('.b.md'))
		).toEqual([]);
	});

	test('names the files already replaced when a rename fails midway', () => {
		rmSync(join(dir, 'c.md'));
		mkdirSync(join(dir, 'c.md'));
		writeFileSync(join(dir, 'c.md', 'inside'), '');
		const error = stopped();
		expect(error.wroteNothing).toBe(false);
		expect(error.problems[0]?.message).toMatch(
			/2 tệp đã được ghi trước đó: a\.md, b\.md; 2 tệp còn lại giữ nguyên$/
		);
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
		expect(existsSync(join(dir, 'd.md'))).toBe(false);
	});
});
