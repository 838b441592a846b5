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
import { UserError } from '../../../src/lib/cli/run';
import { openRejectsFile } from '../../../src/lib/dossiers/rejects-file';
import { temporaryPath } from '../../../src/lib/files/atomic-file';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'rejects-'));
});

const row = { line: 2, reason: 'code: cần mã thủ tục, đang trống', text: ',2021-01-04' };

describe('openRejectsFile', () => {
	test('writes the header and the rows only when committed', async () => {
		const rejects = openRejectsFile(join(dir, 'x.rejects.csv'));
		await rejects.add(row);
		expect(existsSync(rejects.path)).toBe(false);
		await rejects.commit();
		expect(readFileSync(rejects.path, 'utf8')).toBe(
			'line,reason,row\n2,"code: cần mã thủ tục, đang trống",",2021-01-04"\n'
		);
	});

	test('removes an older file when no row was rejected', async () => {
		const path = join(dir, 'x.rejects.csv');
		writeFileSync(path, 'older');
		await openRejectsFile(path).commit();
		expect(existsSync(path)).toBe(false);
	});

	test('leaves the older file as it was when aborted', async () => {
		const path = join(dir, 'x.rejects.csv');
		writeFileSync(path, 'older');
		const rejects = openRejectsFile(path);
		await rejects.add(row);
		await rejects.abort();
		expect(readFileSync(path, 'utf8')).toBe('older');
		expect(readdirSync(dir)).toEqual(['x.rejects.csv']);
	});

	test('names itself, not the input, when the disk is full, and leaves no temporary file', async () => {
		const path = join(dir, 'x.rejects.csv');
		// The temporary file is where the writes go: pointing it at /dev/full makes them fail with ENOSPC.
		symlinkSync('/dev/full', temporaryPath(path));
		const rejects = openRejectsFile(path);
		const error = await rejects
			.add(row)
			.then(() => rejects.commit())
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(UserError);
		expect((error as Error).message).toBe(`không ghi được ${path}: ổ đĩa đã đầy`);
		await rejects.abort();
		expect(readdirSync(dir)).toEqual([]);
	});
});
