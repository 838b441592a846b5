import { beforeAll, describe, expect, test } from 'vitest';
import { loadProcedures } from '../../../src/lib/content/load-procedures';
import { importDossierFile } from '../../../src/lib/dossiers/import-file';
import { indexProcedures, type ProcedureIndex } from '../../../src/lib/dossiers/procedure-index';
import { summarize } from '../../../src/lib/dossiers/summary';

let procedures: ProcedureIndex;
// Loads and validates the whole catalogue: seconds on a loaded machine.
beforeAll(() => {
	procedures = indexProcedures(loadProcedures().map(({ id, data }) => ({ id, code: data.code })));
}, 300_000);

const read = async (file: string) =>
	summarize(await importDossierFile({ input: `content/dossiers/${file}`, procedures }));

// Each test reads thousands of rows.
describe('committed dossier samples', { timeout: 300_000 }, () => {
	test('2021-H1 matches the published figures: ≈1,700 received, ≈98% early or on time', async () => {
		const summary = await read('sample-2021-h1.csv');
		expect(summary.rejectedTotal).toBe(0);
		expect(summary.period).toEqual({ from: '2021-01-01', to: '2021-06-30' });
		expect(summary.received).toBeGreaterThanOrEqual(1650);
		expect(summary.received).toBeLessThanOrEqual(1750);
		expect(summary.onTimeRate).toBeGreaterThanOrEqual(0.975);
		expect(summary.onTimeRate).toBeLessThanOrEqual(0.985);
	});

	test('2021-H1 looks like real traffic: skewed, some pending, late ones with and without slips', async () => {
		const summary = await read('sample-2021-h1.csv');
		const top5 = summary.byProcedure.slice(0, 5).reduce((sum, line) => sum + line.received, 0);
		expect(top5 / summary.received).toBeGreaterThan(0.4);
		expect(summary.pending).toBeGreaterThan(0);
		expect(summary.lateWithoutApology).toBeGreaterThan(0);
		expect(summary.lateWithoutApology).toBeLessThan(summary.late);
		expect(summary.onlineShare).toBeGreaterThan(0.05);
		expect(summary.onlineShare).toBeLessThan(0.3);
	});

	test.each(['sample-2025.csv', 'sample-2026.csv'])('%s is read without a reject', async (file) => {
		const summary = await read(file);
		expect(summary.rejectedTotal).toBe(0);
		expect(summary.received).toBeGreaterThan(2000);
	});
});
