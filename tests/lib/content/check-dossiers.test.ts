import { cpSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { dossierSizeLimit } from '../../../src/lib/content/size-limits';
import { formatProblem } from '../../../src/lib/validation/friendly-errors';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { mockProcedure, writeProcedureFiles } from '../../support/procedure-factory';
import { mockConfig, mockReview, writeContentFiles } from '../../support/review-factory';

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
		const result = checkContent(projectContentDir(fixture));
		expect(result.errors).toEqual([]);
		expect(result.fileCount).toBe(6);
	});
	test('reports a row the import would reject, with file and line', () => {
		const root = copyOfFixture();
		writeFileSync(
			join(root, 'content/dossiers/export-2023.csv'),
			`${header}2.002039,2023-01-04,2023-01-15,,fax\n`
		);
		expect(checkContent(projectContentDir(root)).errors).toEqual([
			{
				file: 'content/dossiers/export-2023.csv',
				line: 2,
				path: '',
				message: 'channel: cần một trong Trực tiếp, Trực tuyến, Dịch vụ bưu chính; đang là "fax"',
				severity: 'error',
			},
		]);
	});
	test('reports a wrong header', () => {
		const root = copyOfFixture();
		writeFileSync(join(root, 'content/dossiers/bad.csv'), 'a,b\n1,2\n');
		expect(checkContent(projectContentDir(root)).errors[0]?.message).toMatch(
			/^dòng 1: dòng tiêu đề sai/
		);
	});
	test('reports two files with dossiers of the same month', () => {
		const root = copyOfFixture();
		writeFileSync(
			join(root, 'content/dossiers/sample-2022-q1.csv'),
			`${header}1.000390,2022-03-05,2022-03-15,,online\n`
		);
		expect(checkContent(projectContentDir(root)).errors).toEqual([
			expect.objectContaining({
				file: 'content/dossiers/sample-2022-q1.csv',
				message: expect.stringContaining(
					'có hồ sơ nhận trong tháng 2022-03, như content/dossiers/export-2022.csv'
				),
			}),
		]);
	});
	test('counts a procedure that fails its schema as known: its dossier rows are not reported', () => {
		const root = copyOfFixture();
		const file = join(root, 'content/procedures/1.000390.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: ""'));
		const errors = checkContent(projectContentDir(root)).errors.map(formatProblem);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^content\/procedures\/1\.000390\.md:\d+: name: /);
	});
	test('reports a dossier file over the size limit without reading it', () => {
		const root = copyOfFixture();
		const big = join(root, 'content/dossiers/export-2023.csv');
		writeFileSync(big, header);
		truncateSync(big, dossierSizeLimit + 1024 * 1024);
		expect(checkContent(projectContentDir(root)).errors.map(formatProblem)).toEqual([
			'content/dossiers/export-2023.csv: cần tệp không quá 32 MB; đang là 33 MB: tách thành nhiều tệp, mỗi tệp một năm',
		]);
	});
	test('names a folder among the dossier files when a review takes its volume from them', () => {
		const review = mockReview();
		const root = writeContentFiles(writeProcedureFiles({ '1.002153.md': mockProcedure() }), {
			'content/review/config.md': mockConfig(),
			'content/reviews/2026/1.002153.md': {
				...review,
				cost: { ...review.cost, dossiersPerYear: { value: 1, from: 'dossiers' } },
			},
			'content/dossiers/export-2025.csv': `${header}1.002153,2025-01-02,2025-01-09,,Trực tiếp\n`,
		});
		mkdirSync(join(root, 'content/dossiers/export-2024.csv'));
		expect(checkContent(projectContentDir(root)).errors.map(formatProblem)).toEqual([
			'content/dossiers/export-2024.csv: cần một tệp CSV; đang là một thư mục',
		]);
	});
	test('reports a folder named like a dossier file', () => {
		const root = copyOfFixture();
		mkdirSync(join(root, 'content/dossiers/export-2023.csv'));
		expect(checkContent(projectContentDir(root)).errors.map(formatProblem)).toEqual([
			'content/dossiers/export-2023.csv: cần một tệp CSV; đang là một thư mục',
		]);
	});
});
