import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readMarkdownDir, readMarkdownFile } from '../../../src/lib/content/read-markdown';
import { markdownSizeLimit } from '../../../src/lib/content/size-limits';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';
import { writeProcedureFiles } from '../../support/procedure-factory';

const valid = "---\ncode: '1.000001'\n---\nGhi chú.\n";

/** The one-line problems of reading every file of `content/procedures` under `root`. */
function problems(root: string): string[] {
	return readMarkdownDir(join(root, 'content/procedures'), root).flatMap((result) =>
		result.ok ? [] : [formatProblem(result.problem)]
	);
}

describe('readMarkdownFile', () => {
	test('reads a file with its id, data, body and lines', () => {
		const root = writeProcedureFiles({
			'1.000001.md': "---\ncode: '1.000001'\nname: A\n---\nGhi chú.\n",
		});
		const result = readMarkdownFile(root, 'content/procedures/1.000001.md');
		if (!result.ok) throw new Error(result.problem.message);
		expect(result.value).toMatchObject({
			id: '1.000001',
			data: { code: '1.000001', name: 'A' },
			body: 'Ghi chú.\n',
		});
		expect(result.value.lineOf(['name'])).toBe(3);
		expect(result.value.lineOf(['name', 'missing', 0])).toBe(3);
	});

	test('refuses a file over the size limit before reading it', () => {
		const root = writeProcedureFiles({ '1.000001.md': valid });
		truncateSync(join(root, 'content/procedures/1.000001.md'), markdownSizeLimit + 44 * 1024);
		expect(problems(root)).toEqual([
			'content/procedures/1.000001.md: cần tệp không quá 256 KB; đang là 300 KB: rút gọn phần ghi chú bên dưới',
		]);
	});

	test('accepts a file at the size limit', () => {
		const root = writeProcedureFiles({
			'1.000001.md': valid + 'x'.repeat(markdownSizeLimit - Buffer.byteLength(valid)),
		});
		expect(problems(root)).toEqual([]);
	});

	test('refuses a file that is not UTF-8', () => {
		const root = writeProcedureFiles({});
		writeFileSync(
			join(root, 'content/procedures/1.000001.md'),
			Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xf0, 0x28, 0x0a])
		);
		expect(problems(root)[0]).toMatch(
			/^content\/procedures\/1\.000001\.md: cần tệp lưu bằng mã UTF-8/
		);
	});
});

describe('readMarkdownDir', () => {
	test('reports a folder named like a procedure file, and a broken link, by name', () => {
		const root = writeProcedureFiles({ '1.000001.md': valid });
		mkdirSync(join(root, 'content/procedures/x.md'));
		symlinkSync('missing.md', join(root, 'content/procedures/gone.md'));
		expect(problems(root)).toEqual([
			'content/procedures/gone.md: không mở được: là một liên kết (symlink) trỏ tới tệp không còn tồn tại',
			'content/procedures/x.md: cần một tệp .md; đang là một thư mục',
		]);
	});

	test('reports each file of a subfolder, which the site does not read', () => {
		const root = writeProcedureFiles({ '1.000001.md': valid });
		mkdirSync(join(root, 'content/procedures/luat-su'));
		writeFileSync(join(root, 'content/procedures/luat-su/1.000002.md'), valid);
		writeFileSync(join(root, 'content/procedures/luat-su/ghi-chu.txt'), 'x');
		expect(problems(root)).toEqual([
			'content/procedures/luat-su/1.000002.md: tệp trong thư mục con không được đọc; chuyển tệp lên content/procedures/',
		]);
	});

	test('follows a link back up the tree only once', () => {
		const root = writeProcedureFiles({ '1.000001.md': valid });
		mkdirSync(join(root, 'content/procedures/luat-su'));
		writeFileSync(join(root, 'content/procedures/luat-su/1.000002.md'), valid);
		symlinkSync('..', join(root, 'content/procedures/luat-su/vong'));
		expect(problems(root)).toEqual([
			'content/procedures/luat-su/1.000002.md: tệp trong thư mục con không được đọc; chuyển tệp lên content/procedures/',
		]);
	});

	test('skips drafts and hidden files and folders', () => {
		const root = writeProcedureFiles({ '_nhap.md': 'x', '.an.md': 'x' });
		mkdirSync(join(root, 'content/procedures/_cu'));
		writeFileSync(join(root, 'content/procedures/_cu/1.000002.md'), 'x');
		expect(readMarkdownDir(join(root, 'content/procedures'), root)).toEqual([]);
	});

	test('returns nothing for a missing folder', () => {
		expect(readMarkdownDir('/nonexistent/folder', '/')).toEqual([]);
	});
});
