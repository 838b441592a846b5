import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { checkContent as checkContentDir } from '../../../src/lib/content/check-content';
import { checkingCodeFolders } from '../../../src/lib/content/code-fingerprint';
import { openProcedureCache, procedureCachePath } from '../../../src/lib/content/content-cache';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';
import { mockProcedure, writeProcedureFiles } from '../../support/procedure-factory';

const file = 'content/procedures/1.002153.md';

/** Checks the content of the project at `root`. */
function checkContent(root: string) {
	return checkContentDir(projectContentDir(root));
}

/** The data file beside the cache index of `root`, holding the records. */
function recordsFile(root: string): string {
	return procedureCachePath(projectContentDir(root)).replace(/\.json$/, '.data');
}

/** Whether the cache of `root` gives `file` already validated. */
function fromCache(root: string, name = file): boolean {
	const result = openProcedureCache(projectContentDir(root)).read(root, name);
	return result.ok && result.value.validated === true;
}

describe('openProcedureCache', () => {
	test('gives a checked file from the cache on the next check, with the same data', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: 'Cấp bản sao' }) });
		const first = checkContent(root);
		expect(existsSync(procedureCachePath(projectContentDir(root)))).toBe(true);
		expect(fromCache(root)).toBe(true);
		const second = checkContent(root);
		expect(second.procedures).toEqual(first.procedures);
		expect(second.warnings).toEqual(first.warnings);
	});

	test('validates a changed file again, even when its size and modification time are kept', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: 'Tên AB' }) });
		const path = join(root, file);
		utimesSync(path, 1_700_000_000, 1_700_000_000);
		checkContent(root);
		const size = statSync(path).size;
		writeFileSync(path, readFileSync(path, 'utf8').replace('name: Tên AB', "name: ''\n#abc"));
		utimesSync(path, 1_700_000_000, 1_700_000_000);
		expect(statSync(path)).toMatchObject({ size, mtimeMs: 1_700_000_000_000 });
		const { errors } = checkContent(root);
		expect(errors.map(formatProblem)).toEqual([
			expect.stringMatching(/^content\/procedures\/1\.002153\.md:\d+: name: cần một đoạn chữ/),
		]);
	});

	test('keeps no invalid file, so its error is reported on every check', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: '' }) });
		expect(checkContent(root).errors).toHaveLength(1);
		expect(fromCache(root)).toBe(false);
		expect(checkContent(root).errors).toHaveLength(1);
	});

	test('finds the line of a cached file’s value when a rule across files needs it', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({ code: '1.002153', field: 'Chứng thực' }),
			'1.002154.md': mockProcedure({ code: '1.002154', field: 'Chứng thực' }),
		});
		checkContent(root);
		const other = join(root, 'content/procedures/1.002154.md');
		writeFileSync(
			other,
			readFileSync(other, 'utf8').replace('field: Chứng thực', 'field: chứng thực')
		);
		const messages = checkContent(root).errors.map(formatProblem);
		expect(messages).toEqual([
			expect.stringMatching(/^content\/procedures\/1\.00215\d\.md:\d+: field: /),
		]);
	});

	test('ignores a damaged cache and writes a good one', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		checkContent(root);
		writeFileSync(procedureCachePath(projectContentDir(root)), 'không phải bộ nhớ đệm');
		expect(checkContent(root)).toMatchObject({ errors: [], procedures: [{ id: '1.002153' }] });
		expect(fromCache(root)).toBe(true);
	});

	test('reads no record for what only needs summaries, and a record when asked', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({ code: '1.002153', name: 'Cấp bản sao' }),
		});
		const first = checkContent(root);
		const data = recordsFile(root);
		// A data file that can no longer be read shows whether anything read a record.
		writeFileSync(data, '');
		const second = checkContent(root);
		expect(second.errors).toEqual(first.errors);
		expect(second.procedures[0]!.summary).toEqual(first.procedures[0]!.summary);
		expect(readFileSync(data, 'utf8')).toBe('');
		// Asked for, the record is read from the file itself when the data file does not match.
		expect(second.warnings).toEqual(first.warnings);
		expect(second.procedures[0]!.data).toEqual(first.procedures[0]!.data);
		expect(second.procedures[0]!.body).toBe(first.procedures[0]!.body);
	});

	test('gives the record from the data file, and never one of another cache', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({ code: '1.002153', name: 'Cấp bản sao A' }),
			'1.002154.md': mockProcedure({ code: '1.002154', name: 'Cấp bản sao B' }),
		});
		checkContent(root);
		const held = openProcedureCache(projectContentDir(root)).read(
			root,
			'content/procedures/1.002154.md'
		);
		// Another check rewrites the cache with a file before the others: the record of 1.002153,
		// as long as that of 1.002154, now sits where 1.002154’s was. The first reader reads its
		// record afterwards, and must get 1.002154’s, from the file itself.
		writeFileSync(
			join(root, 'content/procedures/1.002152.md'),
			matter.stringify('Ghi chú.\n', mockProcedure({ code: '1.002152', name: 'Cấp bản sao C' }))
		);
		checkContent(root);
		expect(held.ok && held.value.data).toMatchObject({ name: 'Cấp bản sao B' });
		const fresh = openProcedureCache(projectContentDir(root)).read(root, file);
		expect(fresh.ok && fresh.value.validated && fresh.value.data).toMatchObject({
			name: 'Cấp bản sao A',
		});
	});

	test('stops with a message when a cached file became invalid while a command ran', () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: 'Cấp bản sao' }) });
		checkContent(root);
		const held = openProcedureCache(projectContentDir(root)).read(root, file);
		writeFileSync(recordsFile(root), '');
		writeFileSync(
			join(root, file),
			readFileSync(join(root, file), 'utf8').replace(/name: .*/, "name: ''")
		);
		expect(() => held.ok && held.value.data).toThrow(
			`${file}: tệp vừa thay đổi trong lúc lệnh đang chạy; hãy chạy lại lệnh`
		);
	});

	test('forgets a file that was deleted', () => {
		const root = writeProcedureFiles({
			'1.002153.md': mockProcedure({ code: '1.002153' }),
			'1.002154.md': mockProcedure({ code: '1.002154' }),
		});
		checkContent(root);
		writeFileSync(join(root, 'content/procedures/1.002154.md'), '');
		expect(checkContent(root).procedures.map(({ id }) => id)).toEqual(['1.002153']);
	});
});

describe('checkingCodeFolders', () => {
	test('holds every module that reading and validating a procedure file imports', () => {
		const codeRoot = resolve(import.meta.dirname, '../../..');
		const seen = new Set<string>();
		const visit = (path: string) => {
			if (seen.has(path)) return;
			seen.add(path);
			for (const [, spec] of readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
				const base = resolve(dirname(path), spec!);
				const next = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync);
				if (next) visit(next);
			}
		};
		for (const start of ['check-procedures.ts', 'content-cache.ts']) {
			visit(join(codeRoot, 'src/lib/content', start));
		}
		const outside = [...seen]
			.map((path) => relative(codeRoot, path))
			.filter((path) => !checkingCodeFolders.some((folder) => path.startsWith(`${folder}/`)));
		expect(outside).toEqual([]);
	});
});
