import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkProcedures } from '../../../src/lib/content/check-procedures';
import { readMarkdownDir } from '../../../src/lib/content/read-markdown';
import { ShrinkError } from '../../../src/lib/import/find-losses';
import { ImportError } from '../../../src/lib/import/import-problem';
import { runImport, type ImportSummary } from '../../../src/lib/import/run-import';
import { snapshotFolder } from './fixtures';

let root: string;
let out: string;
let first: ImportSummary;
const run = (write = false, source = 'sources', allowShrink = false) =>
	runImport({ source, out, scope: 'department', write, allowShrink });

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'tthc-import-'));
	out = join(root, 'procedures');
	first = await run();
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the real sources with one file changed by `edit`, in a fresh folder. */
function damagedSources(file: string, edit: (text: string) => string): string {
	const source = mkdtempSync(join(root, 'sources-'));
	cpSync('sources', source, { recursive: true });
	const path = join(source, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return source;
}

/** The national file with line `line` (from 1) replaced by what `edit` makes of it. */
const editLine = (line: number, edit: (text: string) => string) => (text: string) =>
	text
		.split('\n')
		.map((current, index) => (index === line - 1 ? edit(current) : current))
		.join('\n');

/** Line 254 of the department snapshot is 2.002039, “Nhập quốc tịch Việt Nam ở trong nước”. */
const nationality = 254;

/** The problems an import stopped with, or a failure when it did not stop. */
async function problemsOf(source: string): Promise<ImportError['problems']> {
	const error = await run(true, source).catch((caught: unknown) => caught);
	expect(error).toBeInstanceOf(ImportError);
	return (error as ImportError).problems;
}

describe('runImport on the department catalogue', () => {
	test('imports 157 department and 61 commune records, 18 legacy rows and 3 police records as 239 new files', () => {
		expect(first.imported).toBe(239);
		expect(first.files.created).toHaveLength(239);
		expect(first.skipped).toEqual([]);
		expect(first.losses).toEqual([]);
	});

	test('imports the commune-level justice procedures at level commune, and no other sector', () => {
		const { procedures } = checkProcedures(readMarkdownDir(out, root));
		const commune = procedures.filter(
			({ data }) => data.level.includes('commune') && !data.level.includes('province')
		);
		const perField = new Map<string, number>();
		for (const { data } of commune) perField.set(data.field, (perField.get(data.field) ?? 0) + 1);
		expect(Object.fromEntries(perField)).toEqual({
			'Hộ tịch': 39,
			'Chứng thực': 11,
			'Hòa giải ở cơ sở': 5,
			'Nuôi con nuôi': 5,
			'Bồi thường nhà nước': 1,
		});
		const birth = procedures.find(({ id }) => id === '1.001193');
		expect(birth?.data).toMatchObject({ name: 'Thủ tục đăng ký khai sinh', level: ['commune'] });
	}, 60_000);

	test('imports the police’s criminal-record procedures as another agency’s', () => {
		const { procedures } = checkProcedures(readMarkdownDir(out, root));
		const police = procedures.filter(({ data }) => data.otherAgency !== undefined);
		expect(police.map(({ id }) => id).sort()).toEqual(['3.000333', '3.000334', '3.000335']);
		expect(police[0]?.data).toMatchObject({
			otherAgency: 'Công an tỉnh',
			status: { state: 'active' },
			provenance: { dataset: 'csdl-lltp-cong-an.jsonl' },
		});
	}, 60_000);

	test('writes files that all pass the content check', () => {
		const { procedures, problems } = checkProcedures(readMarkdownDir(out, root));
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(procedures).toHaveLength(239);
	}, 60_000);

	test('writes nothing on a second run', async () => {
		const second = await run();
		expect(second.files).toMatchObject({
			created: [],
			unchanged: 239,
			differing: [],
			rewritten: [],
		});
	}, 60_000);

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
	}, 60_000);

	test('stops listing every missing source file', async () => {
		const problems = await problemsOf(join(root, 'nowhere'));
		expect(problems.map(({ file }) => file.replace(/^.*\//, ''))).toEqual([
			'procedures-sources.csv',
			'csdl-bo-tu-phap.jsonl',
			'csdl-lltp-cong-an.jsonl',
		]);
	});
});

// Each of these damaged the committed catalogue before (issue 9): the run either wrote the
// legacy row over the national record, or rewrote a file from a thinner source, and a second
// run then said “unchanged”. Now each stops before writing and the catalogue stays as it was.
describe('runImport on a damaged copy of the real sources', () => {
	let before: Map<string, string>;
	beforeAll(() => {
		before = snapshotFolder(out);
	});
	/** Every file of the output folder has the bytes it had before the damaged runs. */
	function expectUntouched() {
		expect(snapshotFolder(out)).toEqual(before);
	}

	const national = 'csdl-bo-tu-phap.jsonl';
	test.each([
		{
			damage: 'a truncated JSON line, without falling back to the legacy row',
			file: national,
			edit: editLine(nationality, (line) => line.slice(0, 200)),
			expected: { line: nationality, message: expect.stringMatching(/bị cắt ngang/) },
		},
		{
			damage: 'a record without ma_thu_tuc',
			file: national,
			edit: editLine(nationality, (line) => line.replace('"ma_thu_tuc": "2.002039", ', '')),
			expected: { line: nationality, field: 'ma_thu_tuc' },
		},
		{
			damage: 'a record with an empty ten_thu_tuc',
			file: national,
			edit: editLine(nationality, (line) =>
				line.replace(/"ten_thu_tuc": "[^"]*"/, '"ten_thu_tuc": ""')
			),
			expected: { line: nationality, field: 'ten_thu_tuc' },
		},
		{
			damage: 'a line that is a JSON array',
			file: national,
			edit: editLine(nationality, (line) => `[${line}]`),
			expected: { line: nationality, message: expect.stringMatching(/một mảng/) },
		},
		{
			damage: 'a 0-byte national snapshot, instead of rewriting 160 files',
			file: national,
			edit: () => '',
			expected: { message: expect.stringMatching(/tệp đang trống/) },
		},
		{
			damage: 'an empty sources table, instead of stripping provenance from 157 files',
			file: 'procedures-sources.csv',
			edit: () => '',
			expected: { message: expect.stringMatching(/tệp đang trống/) },
		},
	])(
		'stops at $damage',
		async ({ file, edit, expected }) => {
			const source = damagedSources(file, edit);
			expect(await problemsOf(source)).toEqual([
				expect.objectContaining({ file: join(source, file), ...expected }),
			]);
			expectUntouched();
		},
		60_000
	);

	test('refuses a snapshot cut at a line boundary, listing the hollowed procedures', async () => {
		const source = damagedSources('csdl-bo-tu-phap.jsonl', (text) =>
			text.split('\n').slice(0, 200).join('\n')
		);
		const error = await run(true, source).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ShrinkError);
		const losses = (error as ShrinkError).losses;
		expect(losses.length).toBeGreaterThan(0);
		expect(losses).toContainEqual({
			id: '2.002039',
			losses: expect.arrayContaining([
				expect.objectContaining({ field: 'documents' }),
				expect.objectContaining({ field: 'steps' }),
				expect.objectContaining({ field: 'provenance.source' }),
			]),
		});
		expectUntouched();
	}, 60_000);

	test('refuses a sources table cut short, which would strip provenance', async () => {
		const source = damagedSources('procedures-sources.csv', (text) =>
			text.split('\r\n').slice(0, 100).join('\r\n')
		);
		const error = await run(true, source).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ShrinkError);
		expect((error as ShrinkError).losses).toContainEqual({
			id: '2.002039',
			losses: expect.arrayContaining([expect.objectContaining({ field: 'provenance.document' })]),
		});
		expectUntouched();
	}, 60_000);

	test('writes a real loss only with allowShrink, and reports it', async () => {
		const source = damagedSources(
			'csdl-bo-tu-phap.jsonl',
			editLine(nationality, (line) => {
				const record = JSON.parse(line) as Record<string, string>;
				return JSON.stringify({ ...record, thanh_phan_ho_so: '' });
			})
		);
		const refused = await run(true, source).catch((caught: unknown) => caught);
		expect(refused).toBeInstanceOf(ShrinkError);
		expectUntouched();

		const allowed = await run(true, source, true);
		expect(allowed.losses).toEqual([
			{ id: '2.002039', losses: [expect.objectContaining({ field: 'documents' })] },
		]);
		expect(allowed.files.rewritten).toEqual(['2.002039']);
		expect(readFileSync(join(out, '2.002039.md'), 'utf8')).toContain('documents: []');
		await run(true);
		expect(snapshotFolder(out)).toEqual(before);
	}, 60_000);

	test('leaves a catalogue that a clean run finds entirely unchanged', async () => {
		const clean = await run();
		expect(clean.files).toMatchObject({ created: [], unchanged: 239, differing: [] });
	}, 60_000);
});
