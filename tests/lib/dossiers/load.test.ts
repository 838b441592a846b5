import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importDossierFile } from '../../../src/lib/dossiers/import-file';
import {
	listDossierFiles,
	loadDossierData,
	loadDossierDataByYear,
	yearsOf,
} from '../../../src/lib/dossiers/load';
import { rememberedTextLength } from '../../../src/lib/dossiers/read-csv';
import { emptyStats } from '../../../src/lib/dossiers/stats';
import {
	loadDossierSignals,
	loadPlanDossierSignals,
	signalYearsFor,
} from '../../../src/lib/dossiers/signals';
import { fixtureProcedures } from './support/factories';
import { projectContentDir } from '../../../src/lib/content/content-dir';

const project = join(import.meta.dirname, '../../fixtures/dossiers');
const refs = [
	{ id: '2.002039', code: '2.002039' },
	{ id: '1.000390', code: '1.000390' },
	{ id: 'cap-the-dau-gia-vien', code: null },
];

describe('loadDossierData', () => {
	test('reads every dossier file of content/dossiers', async () => {
		const data = await loadDossierData(projectContentDir(project), fixtureProcedures);
		expect(data.files).toEqual([
			'content/dossiers/export-2022.csv',
			'content/dossiers/sample-2021.csv',
		]);
		expect(data.stats.total.received).toBe(6);
		expect(yearsOf(data.stats)).toEqual([2021, 2022]);
	});
	test('counts only the years asked for, and says whether that data is a sample', async () => {
		const of2021 = await loadDossierData(projectContentDir(project), fixtureProcedures, [2021]);
		expect(of2021.stats).toMatchObject({ rows: 6, outOfScope: 2, total: { received: 4 } });
		expect(of2021.sample).toBe(true);
		const of2022 = await loadDossierData(projectContentDir(project), fixtureProcedures, [2022]);
		expect(of2022.stats.total.received).toBe(2);
		expect(of2022.sample).toBe(false);
	});
	test('counts a small file read whole as the streaming import counts it', async () => {
		const at = projectContentDir(project);
		const whole = await loadDossierData(at, fixtureProcedures);
		const streamed = emptyStats();
		for (const file of whole.files) {
			await importDossierFile({
				input: join(project, file),
				procedures: fixtureProcedures,
				into: streamed,
			});
		}
		expect(whole.stats).toEqual(streamed);
	});
	test('lets the streaming import explain a file that is not UTF-8', async () => {
		const root = mkdtempSync(join(tmpdir(), 'tthc-load-'));
		mkdirSync(join(root, 'content/dossiers'), { recursive: true });
		const file = join(root, 'content/dossiers/export-2022.csv');
		writeFileSync(
			file,
			Buffer.concat([
				Buffer.from('code,received_at,due_at,finished_at,channel\n2.002039,2022-01-03,'),
				Buffer.from([0xe0, 0x80]),
				Buffer.from('\n'),
			])
		);
		await expect(loadDossierData(projectContentDir(root), fixtureProcedures)).rejects.toThrow(
			`${file}:2: tệp không được mã hoá UTF-8`
		);
	});
	test('finds no files in a project without dossiers', () => {
		expect(listDossierFiles(projectContentDir(join(project, 'content')))).toEqual([]);
	});
});

describe('loadDossierDataByYear', () => {
	/**
	 * The fixture’s files, a file of rejected rows, and a 2021 export large enough to be streamed
	 * rather than read whole.
	 */
	function projectWithEveryKindOfFile(): string {
		const root = mkdtempSync(join(tmpdir(), 'tthc-by-year-'));
		const folder = join(root, 'content/dossiers');
		mkdirSync(folder, { recursive: true });
		for (const name of ['export-2022.csv', 'sample-2021.csv']) {
			copyFileSync(join(project, 'content/dossiers', name), join(folder, name));
		}
		copyFileSync(join(project, 'bad-rows.csv'), join(folder, 'export-2020.csv'));
		const row = '1.000390,2021-05-03,2021-05-10,2021-05-07,online\n';
		const rows = Math.ceil(rememberedTextLength / row.length) + 1;
		writeFileSync(
			join(folder, 'export-2021-large.csv'),
			`code,received_at,due_at,finished_at,channel\n${row.repeat(rows)}`
		);
		return root;
	}

	test('gives what loadDossierData gives for all years and for each year alone', async () => {
		const at = projectContentDir(projectWithEveryKindOfFile());
		const { all, byYear } = await loadDossierDataByYear(at, fixtureProcedures);
		expect(all).toEqual(await loadDossierData(at, fixtureProcedures));
		expect(all.stats.rejectedTotal).toBeGreaterThan(0);
		expect([...byYear.keys()]).toEqual(yearsOf(all.stats));
		expect(byYear.size).toBeGreaterThan(1);
		for (const [year, data] of byYear) {
			expect(data).toEqual(await loadDossierData(at, fixtureProcedures, [year]));
		}
	});

	test('gives the same for the committed sample years', async () => {
		const at = projectContentDir(join(import.meta.dirname, '../../..'));
		const { all, byYear } = await loadDossierDataByYear(at, fixtureProcedures);
		expect(all.files.length).toBeGreaterThan(0);
		for (const [year, data] of byYear) {
			expect(data).toEqual(await loadDossierData(at, fixtureProcedures, [year]));
		}
	});
});

describe('loadDossierSignals', () => {
	test('gives volumes, late dossiers and handling days per procedure for the years asked', async () => {
		const signals = await loadDossierSignals(projectContentDir(project), refs, [2021]);
		expect(signals).toMatchObject({
			years: [2021],
			sample: true,
			period: { from: '2021-01-04', to: '2021-02-03' },
		});
		expect(signals.byProcedure['2.002039']).toEqual({
			received: 3,
			finished: 2,
			late: 1,
			avgHandlingDays: 13.5,
			avgHandlingWorkingDays: 10.5,
		});
		expect(signals.byProcedure['1.000390']).toBeUndefined();
	});
	test('covers several years at once', async () => {
		const signals = await loadDossierSignals(projectContentDir(project), refs, [2021, 2022]);
		expect(signals.byProcedure['1.000390']).toMatchObject({ received: 2, late: 1 });
	});
});

describe('signalYearsFor', () => {
	test('reads the year before the plan year', () => {
		expect(signalYearsFor(2027, [2021, 2025, 2026])).toEqual([2026]);
	});
	test('falls back to the latest earlier year with data', () => {
		expect(signalYearsFor(2024, [2021, 2025, 2026])).toEqual([2021]);
	});
	test('is empty when no data comes before the plan year', () => {
		expect(signalYearsFor(2021, [2021, 2025])).toEqual([]);
	});
});

describe('loadPlanDossierSignals', () => {
	test('loads the year before the plan year', async () => {
		const signals = await loadPlanDossierSignals(projectContentDir(project), refs, 2023);
		expect(signals?.years).toEqual([2022]);
		expect(signals?.sample).toBe(false);
		expect(signals?.byProcedure['1.000390']?.received).toBe(2);
	});
	test('is undefined without earlier data', async () => {
		expect(await loadPlanDossierSignals(projectContentDir(project), refs, 2020)).toBeUndefined();
	});
});
