import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';

const fixture = join(import.meta.dirname, '../../fixtures/dossiers');

/** A throw-away copy of the fixture project, to add files to. */
function copyOfFixture(): string {
	const root = mkdtempSync(join(tmpdir(), 'check-dossiers-'));
	cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

const header = 'code,received_at,due_at,finished_at,channel\n';

describe('checkContent on dossier files', () => {
	test('accepts the fixture files and counts them', () => {
		const result = checkContent(fixture);
		expect(result.errors).toEqual([]);
		expect(result.fileCount).toBe(6);
	});
	test('reports a row the import would reject, with file and line', () => {
		const root = copyOfFixture();
		writeFileSync(join(root, 'content/dossiers/export-2023.csv'), `${header}2.002039,2023-01-04,2023-01-15,,fax\n`);
		expect(checkContent(root).errors).toEqual([
			{
				file: 'content/dossiers/export-2023.csv:2',
				path: '',
				message: 'channel: cần một trong Trực tiếp, Trực tuyến, Dịch vụ bưu chính; đang là "fax"',
				severity: 'error',
			},
		]);
	});
	test('reports a wrong header', () => {
		const root = copyOfFixture();
		writeFileSync(join(root, 'content/dossiers/bad.csv'), 'a,b\n1,2\n');
		expect(checkContent(root).errors[0]?.message).toMatch(/^dòng 1: dòng tiêu đề sai/);
	});
	test('reports two files with dossiers of the same month', () => {
		const root = copyOfFixture();
		writeFileSync(join(root, 'content/dossiers/sample-2022-q1.csv'), `${header}1.000390,2022-03-05,2022-03-15,,online\n`);
		expect(checkContent(root).errors).toEqual([
			expect.objectContaining({
				file: 'content/dossiers/sample-2022-q1.csv',
				message: expect.stringContaining('has dossiers received in 2022-03, like content/dossiers/export-2022.csv'),
			}),
		]);
	});
});
