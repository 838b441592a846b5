import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, test } from 'vitest';
import { main as check } from '../../scripts/check';
import { main as review } from '../../scripts/review';
import { runMain } from '../../src/lib/cli/run';
import { bufferIo } from '../support/cli-io';
import { mockProcedure } from '../support/procedure-factory';
import { copyProjectContent } from '../support/project-copy';

/** Every file under `dir` with its bytes, to show that a run left a folder as it was. */
function snapshotTree(dir: string): Record<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile()
	);
	return Object.fromEntries(
		files
			.map((entry) => join(entry.parentPath, entry.name))
			.sort()
			.map((path) => [relative(dir, path), readFileSync(path).toString('base64')])
	);
}

let root: string;
let before: Record<string, string>;
beforeAll(() => {
	root = copyProjectContent('tthc-content-dir-project-');
	before = snapshotTree(join(root, 'content'));
});

/** A copy of the content outside the project root, as the benchmark corpora are. */
function copyCorpus(): string {
	const corpus = join(mkdtempSync(join(tmpdir(), 'tthc-content-dir-')), 'corpus');
	cpSync(join(root, 'content'), corpus, { recursive: true });
	return corpus;
}

async function run(main: typeof check | typeof review, args: string[], dir: string) {
	const { io, stdout, stderr } = bufferIo(root, root, { TTHC_CONTENT_DIR: dir });
	const code = await runMain(main, args, io);
	return { code, stdout: stdout(), stderr: stderr() };
}

describe('TTHC_CONTENT_DIR', () => {
	test('makes npm run check read the named folder and name its files', async () => {
		const corpus = copyCorpus();
		writeFileSync(
			join(corpus, 'procedures/9.999999.md'),
			matter.stringify('Ghi chú.\n', mockProcedure({ code: '9.999999', name: '' }))
		);
		const result = await run(check, ['--quiet'], corpus);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(
			new RegExp(`^lỗi: ${corpus}/procedures/9\\.999999\\.md:\\d+: name: cần một đoạn chữ`)
		);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(snapshotTree(join(root, 'content'))).toEqual(before);
	});

	test('makes a review command write into the named folder only', async () => {
		const corpus = copyCorpus();
		const result = await run(
			review,
			['new', '--year', '2027', '--id', '1.002099', '--date', '2026-12-01'],
			relative(root, corpus)
		);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(result.stdout).toContain(`đã tạo ${corpus}/reviews/2027/1.002099.md: dự thảo;`);
		expect(existsSync(join(corpus, 'reviews/2027/1.002099.md'))).toBe(true);
		expect(snapshotTree(join(root, 'content'))).toEqual(before);
	});

	test('stops every command with one line when the folder is missing', async () => {
		const missing = join(tmpdir(), 'tthc-no-such-corpus');
		for (const [main, args] of [
			[check, []],
			[review, ['score', '--year', '2026']],
		] as const) {
			const result = await run(main, [...args], missing);
			expect(result.code).toBe(1);
			expect(result.stderr).toBe(
				`lỗi: TTHC_CONTENT_DIR: cần một thư mục nội dung bố trí như content/ (có procedures/, có thể thêm review/, reviews/, dossiers/); đang là "${missing}", thư mục này không tồn tại\n`
			);
		}
	});
});
