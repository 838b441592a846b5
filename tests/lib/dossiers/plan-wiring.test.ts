import { describe, expect, test } from 'vitest';
import { loadPlan } from '../../../src/lib/content/load-review-content';
import { mockProcedure, writeProcedureFiles } from '../../support/procedure-factory';
import { mockConfig, writeContentFiles } from '../../support/review-factory';
import { projectContentDir } from '../../../src/lib/content/content-dir';

const codes = Array.from({ length: 10 }, (_, index) => `1.${String(index + 1).padStart(6, '0')}`);

/** Ten procedures alike in everything the plan weighs, and the review settings. */
function project(dossierFiles: Record<string, string> = {}): string {
	const root = writeProcedureFiles(
		Object.fromEntries(codes.map((code) => [`${code}.md`, mockProcedure({ code })]))
	);
	return writeContentFiles(root, { 'content/review/config.md': mockConfig(), ...dossierFiles });
}

/** A dossier export: `count` dossiers of `code` received in January of `year`, `late` of them late. */
function rows(code: string, count: number, year: number, late = 0): string {
	return Array.from({ length: count }, (_, index) => {
		const finished = index < late ? `${year}-01-12` : `${year}-01-08`;
		return `${code},${year}-01-05,${year}-01-09,${finished},online\n`;
	}).join('');
}

const header = 'code,received_at,due_at,finished_at,channel\n';

// Each test writes a project and loads its content and dossier files.
describe('the review plan reads the dossier statistics', { timeout: 300_000 }, () => {
	test('ranks the procedure with the most dossiers of the year before first, and says so', async () => {
		const root = project({
			'content/dossiers/export-2026.csv':
				header + rows('1.000007', 120, 2026, 6) + codes.map((code) => rows(code, 2, 2026)).join(''),
		});
		const plan = await loadPlan(2027, undefined, projectContentDir(root));
		expect(plan.selected[0]?.id).toBe('1.000007');
		expect(plan.selected[0]?.grounds).toEqual(
			expect.arrayContaining([
				'Nhiều hồ sơ: 122 hồ sơ năm 2026',
				'Tỷ lệ trễ hạn 4,9% (6/122 hồ sơ năm 2026)',
			])
		);
		expect(plan.missingSignals.join(' ')).not.toContain('số liệu hồ sơ');
	});

	test('reads only the year before the plan year', async () => {
		const root = project({
			'content/dossiers/export-2025.csv': header + rows('1.000003', 300, 2025),
			'content/dossiers/export-2026.csv': header + rows('1.000009', 40, 2026),
		});
		const plan = await loadPlan(2027, undefined, projectContentDir(root));
		expect(plan.selected[0]?.id).toBe('1.000009');
		expect(plan.selected.flatMap((item) => item.grounds).join(' ')).not.toContain('300 hồ sơ');
	});

	test('marks sample data in the grounds', async () => {
		const root = project({
			'content/dossiers/sample-2026.csv': header + rows('1.000004', 50, 2026),
		});
		const plan = await loadPlan(2027, undefined, projectContentDir(root));
		expect(plan.selected[0]?.grounds).toContain('Nhiều hồ sơ: 50 hồ sơ năm 2026 (dữ liệu mẫu)');
	});

	test('says the volumes are missing when no dossier data comes before the plan year', async () => {
		const plan = await loadPlan(2027, undefined, projectContentDir(project()));
		expect(plan.missingSignals[0]).toContain('Chưa có số liệu hồ sơ năm 2026');
	});
});
