import { projectContentDir } from '../../src/lib/content/content-dir';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/check';
import { readChangeLog } from '../../src/lib/changes/read-change-log';
import { runMain } from '../../src/lib/cli/run';
import { bufferIo } from '../support/cli-io';
import { mockProcedure, writeProcedureFiles } from '../support/procedure-factory';

/** Runs `npm run check -- …args` in-process in a project root. */
async function check(root: string, ...args: string[]) {
	const { io, stdout, stderr } = bufferIo(root);
	const code = await runMain(main, args, io);
	return { code, stdout: stdout(), stderr: stderr() };
}

const changeFiles = (root: string) =>
	readdirSync(join(root, 'content/changes')).filter((name) => name.endsWith('.md'));

/** Edits the front matter text of a procedure file as an officer would. */
function edit(root: string, file: string, from: string, to: string): void {
	const path = join(root, 'content/procedures', file);
	const text = readFileSync(path, 'utf8');
	expect(text).toContain(from);
	writeFileSync(path, text.replace(from, to));
}

describe('npm run check -- --log-changes', () => {
	test('returns 1 with a message when the note is missing', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		const { code, stderr } = await check(root, '--log-changes');
		expect(code).toBe(1);
		expect(stderr).toMatch(/--note: cần ghi chú của người sửa/);
	});

	test('records the catalogue as the baseline on first use, claiming no change', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		const { code, stdout } = await check(root, '--log-changes', '--note', 'Mốc ban đầu');
		expect(code).toBe(0);
		expect(stdout).toMatch(/Đã ghi mốc ban đầu của nhật ký thay đổi \(1 thủ tục\)/);
		const { sets, state } = readChangeLog(projectContentDir(root), true);
		expect(sets.map(({ set }) => [set.kind, set.procedureCount, set.changes.length])).toEqual([
			['baseline', 1, 0],
		]);
		expect([...(state?.keys() ?? [])]).toEqual(['1.002153']);
	});

	test('logs a hand edit with the editor’s note, then nothing when run again', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		await check(root, '--log-changes', '--note', 'Mốc ban đầu');
		edit(root, '1.002153.md', 'state: active', 'state: repealed\n  since: "2026-07-01"');
		const logged = await check(
			root,
			'--log-changes',
			'--note',
			'Bãi bỏ theo quyết định mới',
			'--decision',
			'2000/QĐ-BTP',
			'--effective',
			'2026-07-01'
		);
		expect(logged.code).toBe(0);
		expect(logged.stdout).toMatch(
			/Đã ghi nhật ký thay đổi content\/changes\/\d{4}-\d\d-\d\d-2-hand-edit\.md: 1 thủ tục thay đổi\./
		);
		const { set } = readChangeLog(projectContentDir(root), true).sets.at(-1)!;
		expect(set).toMatchObject({
			kind: 'hand-edit',
			note: 'Bãi bỏ theo quyết định mới',
			decision: '2000/QĐ-BTP',
			effective: '2026-07-01',
		});
		expect(set.changes).toEqual([
			expect.objectContaining({
				id: '1.002153',
				change: 'repealed',
				fields: [{ field: 'status', before: 'Đang áp dụng', after: 'Đã bãi bỏ' }],
			}),
		]);
		const again = await check(root, '--log-changes', '--note', 'Không sửa gì');
		expect(again.stdout).toMatch(/Không có thay đổi nào so với nhật ký thay đổi; không ghi gì\./);
		expect(changeFiles(root)).toHaveLength(2);
	});

	test('reminds of edits not logged yet on a plain check', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		await check(root, '--log-changes', '--note', 'Mốc ban đầu');
		expect((await check(root)).stderr).toBe('');
		edit(root, '1.002153.md', 'value: 5', 'value: 3');
		const { code, stderr } = await check(root);
		expect(code).toBe(0);
		expect(stderr).toMatch(
			/^cảnh báo: 1 thủ tục khác với lần ghi nhật ký thay đổi gần nhất \(1\.002153\); ghi lại bằng: npm run check -- --log-changes/
		);
	});

	test('logs nothing while the content has errors', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure({ name: '' }) });
		const { code, stderr } = await check(root, '--log-changes', '--note', 'Sửa');
		expect(code).toBe(1);
		expect(stderr).toMatch(/chưa ghi nhật ký thay đổi vì nội dung còn lỗi/);
	});

	test('reports a change set with a wrong field name, naming file and line', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		await check(root, '--log-changes', '--note', 'Mốc ban đầu');
		const [file] = changeFiles(root);
		const path = join(root, 'content/changes', file!);
		writeFileSync(path, readFileSync(path, 'utf8').replace('kind: baseline', 'kind: import'));
		const { code, stderr } = await check(root, '--quiet');
		expect(code).toBe(1);
		expect(stderr).toMatch(
			new RegExp(
				`^lỗi: content/changes/${file!.replace(/\./g, '\\.')}:\\d+: changes: cần ít nhất một thủ tục thay đổi; đang trống\\n$`
			)
		);
	});

	test('rejects an effective date that does not exist', async () => {
		const root = writeProcedureFiles({ '1.002153.md': mockProcedure() });
		const { code, stderr } = await check(
			root,
			'--log-changes',
			'--note',
			'x',
			'--effective',
			'2026-02-30'
		);
		expect(code).toBe(1);
		expect(stderr).toMatch(/--effective: cần một ngày có thật dạng yyyy-mm-dd/);
	});
});
