import { beforeAll, describe, expect, test } from 'vitest';
import {
	loadDossierSignals,
	loadReviewContent,
} from '../../../src/lib/content/load-review-content';
import { kindLabel } from '../../../src/lib/documents/kinds';
import {
	buildOnceOnlyReport,
	onceOnlyJson,
	type OnceOnlyReport,
} from '../../../src/lib/documents/once-only-report';
import type { DossierSignals } from '../../../src/lib/review/plan/dossier-signals';
import { projectContentDir } from '../../../src/lib/content/content-dir';

const root = process.cwd();
let report: OnceOnlyReport;
let dossiers: DossierSignals | undefined;
let ids: Set<string>;

beforeAll(async () => {
	const content = loadReviewContent(projectContentDir(root));
	dossiers = await loadDossierSignals(projectContentDir(root), 2026);
	ids = new Set(content.procedures.map(({ id }) => id));
	report = buildOnceOnlyReport({
		procedures: content.procedures,
		table: content.stateData!,
		hourlyIncome: content.config.hourlyIncome.value,
		dossiers,
	});
}, 60_000);

describe('buildOnceOnlyReport on the real catalogue', () => {
	test('maps at least 80% of the document lines, and says how many are papers', () => {
		expect(report.lines).toBeGreaterThan(600);
		expect(report.mapped).toBeGreaterThanOrEqual(0.8);
		expect(report.mapped).toBeLessThanOrEqual(1);
		expect(report.paperLines + report.nonPaperLines).toBe(report.lines);
	});

	test('lists each kind once, most procedures first, with ids that exist', () => {
		const kinds = report.kinds.map((row) => row.kind);
		expect(new Set(kinds).size).toBe(kinds.length);
		expect(kinds).not.toContain('note');
		for (const [index, row] of report.kinds.entries()) {
			expect(row.label).toBe(kindLabel(row.kind));
			expect(row.procedures).toBe(row.ids.length);
			expect(row.ids.every((id) => ids.has(id))).toBe(true);
			expect(row.ids).toEqual([...row.ids].sort());
			if (index > 0)
				expect(report.kinds[index - 1]!.procedures).toBeGreaterThanOrEqual(row.procedures);
		}
	});

	test('adds up the dossiers of the procedures that ask for each kind', () => {
		for (const row of report.kinds) {
			const sum = row.ids.reduce(
				(total, id) => total + (dossiers?.byProcedure[id]?.received ?? 0),
				0
			);
			expect(row.dossiersPerYear).toBe(sum);
		}
		expect(report.dossiers).toEqual({ years: [2025], sample: true });
	});

	test('names the database of exactly the kinds the table holds', () => {
		const identity = report.kinds.find((row) => row.kind === 'identity');
		expect(identity?.heldBy).toBe('Cơ sở dữ liệu quốc gia về dân cư');
		expect(report.kinds.find((row) => row.kind === 'application')?.heldBy).toBeNull();
	});

	test('totals the savings of the counted candidates, one per kind and procedure', () => {
		const counted = report.procedures.flatMap((p) => p.candidates.filter((c) => c.counted));
		expect(report.totals.candidates).toBe(counted.length);
		expect(report.totals.dongPerYear).toBe(
			counted.reduce((sum, c) => sum + c.saving.perYear.dong, 0)
		);
		expect(report.totals.sourceSays).toBe(counted.filter((c) => c.sourceSays).length);
		for (const procedure of report.procedures) {
			expect(ids.has(procedure.id)).toBe(true);
			const kinds = procedure.candidates.filter((c) => c.counted).map((c) => c.kind);
			expect(new Set(kinds).size).toBe(kinds.length);
		}
		expect(report.totals.candidates).toBeGreaterThan(0);
	});

	test('finds that 1.003198 already replaces its health certificate by the VNeID health book', () => {
		const procedure = report.procedures.find(({ id }) => id === '1.003198');
		const health = procedure?.candidates.find((c) => c.kind === 'health-certificate');
		expect(health?.database.name).toBe('Sổ sức khỏe điện tử VNeID');
		expect(health?.sourceSays?.where).toBe('steps');
	});
});

describe('buildOnceOnlyReport: lines that say a lookup the table cannot back yet', () => {
	test('lists them with procedures that exist and kinds the table does not hold', () => {
		const held = new Set(report.kinds.filter((row) => row.heldBy !== null).map((row) => row.kind));
		for (const row of report.withoutRow) {
			expect(ids.has(row.procedure)).toBe(true);
			expect(held.has(row.kind)).toBe(false);
			expect(row.line).toContain(row.text.slice(0, 40));
		}
	});
});

describe('onceOnlyJson', () => {
	test('has exactly the documented keys', () => {
		const json = onceOnlyJson(report);
		expect(Object.keys(json).sort()).toEqual(['kinds', 'mapped']);
		expect(Object.keys(json.kinds[0]!).sort()).toEqual(
			['dossiersPerYear', 'heldBy', 'ids', 'kind', 'label', 'procedures'].sort()
		);
	});
});
