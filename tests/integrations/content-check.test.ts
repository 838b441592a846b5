import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check';
import { mockProcedure, writeProcedureFiles } from '../support/procedure-factory';

/** Runs the integration's setup hook on a project root and records what it logs. */
function runSetup(root: string) {
	const logged: string[] = [];
	const logger = {
		info: (m: string) => logged.push(`info ${m}`),
		error: (m: string) => logged.push(`error ${m}`),
	};
	const hook = contentCheck().hooks['astro:config:setup']!;
	const run = () => hook({ config: { root: pathToFileURL(`${root}/`) }, logger } as never);
	return { run, logged };
}

describe('contentCheck integration', () => {
	test('lets a valid project build', () => {
		const { run } = runSetup(writeProcedureFiles({ '1.002153.md': mockProcedure() }));
		expect(run).not.toThrow();
	});

	test('fails the build with the same friendly lines as npm run check', () => {
		const procedure = mockProcedure();
		procedure.channels![0]!.fees = [
			{ kind: 'le-phi', amount: 'abc' as unknown as number, asWritten: '' },
		];
		const { run, logged } = runSetup(writeProcedureFiles({ '1.002153.md': procedure }));
		expect(run).toThrow('Nội dung có 1 lỗi');
		expect(logged).toEqual([
			expect.stringMatching(
				/^error lỗi: content\/procedures\/1\.002153\.md:\d+: channels\[0\]\.fees\[0\]\.amount: cần số đồng nguyên .*; đang là "abc"$/
			),
		]);
	});

	test('fails the build on a procedure file in a subfolder, which the site would not show', () => {
		const root = writeProcedureFiles({});
		mkdirSync(join(root, 'content/procedures/luat-su'));
		writeFileSync(
			join(root, 'content/procedures/luat-su/1.002153.md'),
			matter.stringify('', mockProcedure())
		);
		const { run, logged } = runSetup(root);
		expect(run).toThrow('Nội dung có 1 lỗi');
		expect(logged).toEqual([
			'error lỗi: content/procedures/luat-su/1.002153.md: tệp trong thư mục con không được đọc; chuyển tệp lên content/procedures/',
		]);
	});
});
