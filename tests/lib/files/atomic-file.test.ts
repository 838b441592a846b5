import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import {
	openAtomicFile,
	removeStaleTemporaryFiles,
	temporaryPath,
	writeFileAtomicSync,
} from '../../../src/lib/files/atomic-file';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});

describe('openAtomicFile', () => {
	test('puts the file in place only on commit', async () => {
		const file = openAtomicFile(join(dir, 'x.txt'));
		await file.write('a');
		await file.close();
		expect(existsSync(file.path)).toBe(false);
		await file.commit();
		expect(readFileSync(file.path, 'utf8')).toBe('a');
		expect(readdirSync(dir)).toEqual(['x.txt']);
	});

	test('reports a full disk from close or commit, never as an unhandled error, and aborts cleanly', async () => {
		const path = join(dir, 'x.txt');
		writeFileSync(path, 'older');
		// Writes to /dev/full fail with ENOSPC after `write` has returned, as on a full disk.
		symlinkSync('/dev/full', temporaryPath(path));
		const file = openAtomicFile(path);
		const error = await file
			.write('x'.repeat(100_000))
			.then(() => file.write('more'))
			.then(() => file.commit())
			.catch((caught: NodeJS.ErrnoException) => caught);
		expect(error).toMatchObject({ code: 'ENOSPC' });
		await file.abort();
		expect(readdirSync(dir)).toEqual(['x.txt']);
		expect(readFileSync(path, 'utf8')).toBe('older');
	});
});

describe('removeStaleTemporaryFiles', () => {
	test('removes the files of processes that are gone and keeps those of running ones', async () => {
		const path = join(dir, 'x.txt');
		const gone = temporaryPath(path, 2 ** 22 + 1);
		writeFileSync(gone, '');
		writeFileSync(temporaryPath(path), '');
		writeFileSync(join(dir, '.other.txt.99.tmp'), '');
		expect(await removeStaleTemporaryFiles(path)).toEqual([gone]);
		expect(readdirSync(dir).sort()).toEqual([`.other.txt.99.tmp`, `.x.txt.${process.pid}.tmp`]);
	});

	test('does nothing when the folder does not exist', async () => {
		expect(await removeStaleTemporaryFiles(join(dir, 'no/x.txt'))).toEqual([]);
	});
});

describe('writeFileAtomicSync', () => {
	test('puts the whole file in place and leaves no temporary file', () => {
		const path = join(dir, 'a.json');
		writeFileSync(path, 'cũ');
		writeFileAtomicSync(path, '[1,2]');
		expect(readFileSync(path, 'utf8')).toBe('[1,2]');
		expect(readdirSync(dir)).toEqual(['a.json']);
	});

	test('throws when it cannot write, and leaves nothing behind', () => {
		const path = join(dir, 'missing-folder', 'a.json');
		expect(() => writeFileAtomicSync(path, 'x')).toThrow(/ENOENT/);
		expect(readdirSync(dir)).toEqual([]);
	});
});
