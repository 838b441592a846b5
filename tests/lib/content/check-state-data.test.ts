import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { StateData } from '../../../src/schemas/state-data';
import { checkStateData, stateDataFile } from '../../../src/lib/content/check-state-data';
import { checkContent } from '../../../src/lib/content/check-content';
import { writeContentFiles } from '../../support/review-factory';
import { mockStateData } from '../../support/state-data-factory';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';

const root = process.cwd();

/**
 * The source records with these codes, from the national snapshots including the scale corpus;
 * only lines that name a wanted code are parsed, as the corpus is large.
 */
function sourceRecords(codes: Set<string>): Map<string, Record<string, unknown>> {
	const texts = [
		readFileSync(join(root, 'sources/csdl-bo-tu-phap.jsonl'), 'utf8'),
		readFileSync(join(root, 'sources/csdl-lltp-cong-an.jsonl'), 'utf8'),
		gunzipSync(readFileSync(join(root, 'sources/csdl-all-ministries.jsonl.gz'))).toString('utf8'),
	];
	const records = new Map<string, Record<string, unknown>>();
	for (const text of texts) {
		for (const line of text.split('\n')) {
			const code = /"ma_thu_tuc":\s*"([\d.]+)"/.exec(line)?.[1];
			if (!code || !codes.has(code) || records.has(code)) continue;
			records.set(code, JSON.parse(line) as Record<string, unknown>);
		}
	}
	return records;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let table: StateData;
let records: Map<string, Record<string, unknown>>;
beforeAll(() => {
	table = checkStateData(projectContentDir(root)).table!;
	const fees = [
		table.certifiedCopy.fee,
		...table.holdings.flatMap((h) => (h.obtain ? [h.obtain.fee] : [])),
	];
	const codes = new Set([
		...table.holdings.flatMap((holding) => holding.basis.map((basis) => basis.record)),
		...fees.flatMap((fee) => (fee.record ? [fee.record] : [])),
	]);
	records = sourceRecords(codes);
}, 60_000);

describe('checkStateData', () => {
	test('accepts the project’s table', () => {
		const { table, problems } = checkStateData(projectContentDir(root));
		expect(problems).toEqual([]);
		expect(table!.holdings.length).toBeGreaterThan(5);
	});

	test('quotes every basis verbatim from its source record, which cites the document', () => {
		for (const holding of table.holdings) {
			for (const basis of holding.basis) {
				const record = records.get(basis.record);
				expect(record, basis.record).toBeDefined();
				const text = squash(
					Object.values(record!)
						.filter((v) => typeof v === 'string')
						.join(' ')
				);
				expect(text, `${holding.kind}: ${basis.quote}`).toContain(squash(basis.quote));
				if (holding.verified) expect(text, `${holding.kind} cites`).toContain(basis.document);
			}
		}
	});

	test('reads every fee of the table from the record it names', () => {
		const fees = [
			table.certifiedCopy.fee,
			...table.holdings.flatMap((h) => (h.obtain ? [h.obtain.fee] : [])),
		];
		for (const fee of fees.filter((entry) => entry.from === 'procedure')) {
			expect(records.has(fee.record!), fee.record).toBe(true);
		}
		const copy = String(records.get('2.000815')!.cach_thuc_thuc_hien);
		expect(copy).toContain('2.000 đồng/trang');
	});

	test('names the file and the field of a database id that does not exist, in Vietnamese', () => {
		const project = writeContentFiles(mkdtempSync(join(tmpdir(), 'state-data-')), {
			[stateDataFile]: mockStateData({
				holdings: [{ ...mockStateData().holdings[0]!, database: 'khong-co' }],
			}),
		});
		const { table, problems } = checkStateData(projectContentDir(project));
		expect(table).toBeUndefined();
		expect(problems).toEqual([
			expect.objectContaining({
				file: stateDataFile,
				path: 'holdings[0].database',
				message: expect.stringContaining('cần mã một cơ sở dữ liệu'),
				severity: 'error',
			}),
		]);
	});

	test('rejects an unknown field and a kind listed twice', () => {
		const row = mockStateData().holdings[0]!;
		const project = writeContentFiles(mkdtempSync(join(tmpdir(), 'state-data-')), {
			[stateDataFile]: { ...mockStateData({ holdings: [row, row] }), extra: 1 },
		});
		const paths = checkStateData(projectContentDir(project)).problems.map(
			(problem) => problem.path
		);
		expect(paths).toContain('extra');
		expect(
			checkStateData(projectContentDir(project)).problems.find((p) => p.path === 'extra')?.message
		).toMatch(/không có trường này/);
		const twice = writeContentFiles(mkdtempSync(join(tmpdir(), 'state-data-')), {
			[stateDataFile]: mockStateData({ holdings: [row, row] }),
		});
		expect(checkStateData(projectContentDir(twice)).problems.map((p) => p.path)).toEqual([
			'holdings[1].kind',
		]);
	});

	test('makes npm run check fail on a broken table', () => {
		const project = writeContentFiles(mkdtempSync(join(tmpdir(), 'state-data-')), {
			[stateDataFile]: 'databases: [\n',
		});
		expect(
			checkContent(projectContentDir(project)).errors.map((problem) => problem.file)
		).toContain(stateDataFile);
	});

	test('names a folder or a broken link in the file’s place, instead of stopping', () => {
		const folder = mkdtempSync(join(tmpdir(), 'state-data-'));
		mkdirSync(join(folder, stateDataFile), { recursive: true });
		const link = mkdtempSync(join(tmpdir(), 'state-data-'));
		mkdirSync(join(link, 'content/review'), { recursive: true });
		symlinkSync(join(link, 'missing.md'), join(link, stateDataFile));
		expect(checkStateData(projectContentDir(folder)).problems.map(formatProblem)).toEqual([
			`${stateDataFile}: cần một tệp .md; đang là một thư mục`,
		]);
		expect(checkStateData(projectContentDir(link)).problems.map(formatProblem)).toEqual([
			`${stateDataFile}: không mở được: là một liên kết (symlink) trỏ tới tệp không còn tồn tại`,
		]);
	});

	test('returns no table and no problem for a project without the file', () => {
		expect(checkStateData(projectContentDir(mkdtempSync(join(tmpdir(), 'state-data-'))))).toEqual({
			problems: [],
			fileCount: 0,
		});
	});
});
