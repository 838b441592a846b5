import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { forgetReviewContent, loadPlan } from '../../../src/lib/content/load-review-content';
import { mockProcedure, writeProcedureFiles } from '../../support/procedure-factory';
import { mockConfig, writeContentFiles } from '../../support/review-factory';

function project(): string {
	const codes = ['1.000001', '1.000002', '1.000003'];
	const root = writeProcedureFiles(
		Object.fromEntries(codes.map((code) => [`${code}.md`, mockProcedure({ code })]))
	);
	return writeContentFiles(root, { 'content/review/config.md': mockConfig() });
}

// Every review and report page of a build shows the plan: it is built once per folder, year and choice.
describe('loadPlan', { timeout: 300_000 }, () => {
	test('builds the plan of a folder, year and choice once', async () => {
		const at = projectContentDir(project());
		const first = loadPlan(2027, undefined, at);
		expect(loadPlan(2027, undefined, at)).toBe(first);
		expect(loadPlan(2028, undefined, at)).not.toBe(first);
		expect(loadPlan(2027, { share: 1 }, at)).not.toBe(first);
		expect((await loadPlan(2027, { share: 1 }, at)).required).toBe(3);
		expect((await first).required).toBe(1);
	});

	test('reads the folder again once its content is forgotten (the workbench saves)', async () => {
		const root = project();
		const at = projectContentDir(root);
		expect((await loadPlan(2027, undefined, at)).population).toBe(3);
		writeFileSync(
			join(root, 'content/procedures/1.000004.md'),
			matter.stringify('Ghi chú.\n', mockProcedure({ code: '1.000004' }))
		);
		expect((await loadPlan(2027, undefined, at)).population).toBe(3);
		forgetReviewContent(at);
		expect((await loadPlan(2027, undefined, at)).population).toBe(4);
	});
});
