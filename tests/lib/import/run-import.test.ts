import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkProcedures } from '../../../src/lib/content/check-procedures';
import { readMarkdownDir } from '../../../src/lib/content/read-markdown';
import { runImport, type ImportSummary } from '../../../src/lib/import/run-import';

let root: string;
let out: string;
let first: ImportSummary;
const run = (write = false, source = 'sources') =>
	runImport({ source, out, scope: 'department', write });

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'tthc-import-'));
	out = join(root, 'procedures');
	first = await run();
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runImport on the department catalogue', () => {
	test('imports the 157 national records and 18 legacy rows as 175 new files', () => {
		expect(first.imported).toBe(175);
		expect(first.files.created).toHaveLength(175);
		expect(first.skipped).toEqual([]);
		expect(first.inputErrors).toEqual([]);
	});

	test('writes files that all pass the content check', () => {
		const { procedures, problems } = checkProcedures(readMarkdownDir(out, root));
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(procedures).toHaveLength(175);
	});

	test('writes nothing on a second run', async () => {
		const second = await run();
		expect(second.files).toMatchObject({
			created: [],
			unchanged: 175,
			differing: [],
			rewritten: [],
		});
	});

	test('reports a hand edit without overwriting it, and restores the front matter with --write', async () => {
		const path = join(out, '2.002039.md');
		const original = readFileSync(path, 'utf8');
		const edited = `${original.replace('field: Quốc tịch', 'field: Quốc tịch (sửa tay)')}Tóm tắt dễ hiểu do cán bộ viết.\n`;
		writeFileSync(path, edited);

		const report = await run();
		expect(report.files.differing).toEqual([{ id: '2.002039', keys: ['field'] }]);
		expect(readFileSync(path, 'utf8')).toBe(edited);

		const written = await run(true);
		expect(written.files.rewritten).toEqual(['2.002039']);
		expect(readFileSync(path, 'utf8')).toBe(`${original}Tóm tắt dễ hiểu do cán bộ viết.\n`);
		expect((await run()).files.differing).toEqual([]);
	});

	test('reports a bad JSON line with its file and line and imports the other records', async () => {
		const source = join(root, 'sources');
		cpSync('sources', source, { recursive: true });
		const path = join(source, 'csdl-bo-tu-phap.jsonl');
		const lines = readFileSync(path, 'utf8').split('\n');
		lines.splice(2, 0, '{"ma_thu_tuc": "9.999999", broken');
		writeFileSync(path, lines.join('\n'));

		const summary = await run(false, source);
		expect(summary.inputErrors).toEqual([
			{ file: 'csdl-bo-tu-phap.jsonl', line: 3, message: expect.stringMatching(/^not valid JSON/) },
		]);
		expect(summary.imported).toBe(175);
	});

	test('stops with a clear error when a source file is missing', async () => {
		await expect(run(false, join(root, 'nowhere'))).rejects.toThrow(
			/source file not found: .*procedures-sources\.csv/
		);
	});
});
