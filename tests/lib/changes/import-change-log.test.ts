import { projectContentDir } from '../../../src/lib/content/content-dir';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readChangeLog } from '../../../src/lib/changes/read-change-log';
import { runImport, type ImportOptions } from '../../../src/lib/import/run-import';
import { importOptions, modifySource, sourceProject } from '../../support/reimport';

let root: string;
let options: ImportOptions;
const changesDir = () => join(root, 'content/changes');
const changeFiles = () =>
	existsSync(changesDir()) ? readdirSync(changesDir()).filter((name) => name.endsWith('.md')) : [];

beforeEach(async () => {
	root = sourceProject();
	options = importOptions(root, '2026-01-02');
	await runImport(options);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('runImport with the change log', () => {
	test('returns a first change set listing every procedure as added', () => {
		const { sets, state } = readChangeLog(projectContentDir(root), true);
		expect(changeFiles()).toEqual(['2026-01-02-1-import.md']);
		expect(sets[0]!.set.changes.map(({ id, change }) => [id, change])).toEqual([
			['1.000390', 'added'],
			['1.000404', 'added'],
			['2.000488', 'added'],
			['2.000954', 'added'],
			// The police's criminal-record procedure, imported as another agency's page.
			['3.000333', 'added'],
			['thu-tuc-cong-nhan-bao-cao-vien-phap-luat-tinh', 'added'],
		]);
		expect(sets[0]!.set.changes[3]!.decision).toBe('1540/QĐ-BTP');
		expect(state?.size).toBe(6);
	});

	test('logs nothing when a re-import changes nothing', async () => {
		const summary = await runImport({ ...options, today: '2026-02-03' });
		expect(summary.changeLog).toBeUndefined();
		expect(changeFiles()).toEqual(['2026-01-02-1-import.md']);
	});

	test('logs a changed fee, an added paper and a withdrawn procedure on re-import', async () => {
		modifySource(root);
		const first = readFileSync(join(changesDir(), '2026-01-02-1-import.md'), 'utf8');
		const summary = await runImport({ ...options, today: '2026-03-04', allowShrink: true });
		expect(summary.changeLog?.procedures).toBe(3);
		expect(readFileSync(join(changesDir(), '2026-01-02-1-import.md'), 'utf8')).toBe(first);
		const { sets, problems } = readChangeLog(projectContentDir(root), true);
		expect(problems).toEqual([]);
		const { set, file } = sets.at(-1)!;
		expect(file).toBe('content/changes/2026-03-04-1-import.md');
		expect(set.kind).toBe('import');
		const byId = new Map(set.changes.map((change) => [change.id, change]));
		expect(byId.get('2.000954')).toEqual({
			id: '2.000954',
			name: 'Thủ tục cấp lại Giấy đăng ký tham gia trợ giúp pháp lý',
			change: 'changed',
			decision: '2000/QĐ-BTP',
			fields: [{ field: 'fees', item: 'Trực tiếp', before: 'Miễn phí', after: '50.000 đ' }],
		});
		expect(byId.get('1.000404')?.fields).toEqual([
			{
				field: 'documents',
				after: 'Bản sao Quyết định thành lập Trung tâm tư vấn pháp luật (1 bản sao)',
			},
		]);
		const withdrawn = byId.get('1.000390')!;
		expect(withdrawn.change).toBe('unlisted');
		expect(withdrawn.fields[0]).toEqual({
			field: 'status',
			before: 'Đang áp dụng',
			after: 'Không còn trong danh mục quốc gia',
		});
	});

	test('writes no change set and no procedure when the run stops', async () => {
		modifySource(root);
		const procedure = readFileSync(join(root, 'content/procedures/2.000954.md'), 'utf8');
		await expect(runImport({ ...options, today: '2026-03-04' })).rejects.toThrow(/mất nội dung/);
		expect(changeFiles()).toEqual(['2026-01-02-1-import.md']);
		expect(readFileSync(join(root, 'content/procedures/2.000954.md'), 'utf8')).toBe(procedure);
	});

	test('stops on an unreadable logged state and writes nothing', async () => {
		modifySource(root);
		const statePath = join(changesDir(), 'logged-state.jsonl');
		writeFileSync(statePath, '{broken\n');
		await expect(runImport({ ...options, today: '2026-03-04', allowShrink: true })).rejects.toThrow(
			/logged-state\.jsonl:1: cần một dòng JSON/
		);
		expect(changeFiles()).toEqual(['2026-01-02-1-import.md']);
	});

	test('stops on a folder in place of the logged state, names it, and writes nothing', async () => {
		modifySource(root);
		const statePath = join(changesDir(), 'logged-state.jsonl');
		const procedure = readFileSync(join(root, 'content/procedures/2.000954.md'), 'utf8');
		rmSync(statePath);
		mkdirSync(statePath);
		await expect(runImport({ ...options, today: '2026-03-04', allowShrink: true })).rejects.toThrow(
			/logged-state\.jsonl: cần một tệp JSON Lines; đang là một thư mục/
		);
		expect(changeFiles()).toEqual(['2026-01-02-1-import.md']);
		expect(readFileSync(join(root, 'content/procedures/2.000954.md'), 'utf8')).toBe(procedure);
	});

	test('logs only the new files when differing files are not rewritten', async () => {
		modifySource(root);
		const summary = await runImport({
			...options,
			write: false,
			today: '2026-03-04',
			allowShrink: true,
		});
		expect(summary.changeLog).toBeUndefined();
		expect(changeFiles()).toEqual(['2026-01-02-1-import.md']);
	});
});
