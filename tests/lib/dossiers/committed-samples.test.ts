import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadProcedures } from '../../../src/lib/content/load-procedures';
import { importDossierFile } from '../../../src/lib/dossiers/import-file';
import { formatIsoDay } from '../../../src/lib/dossiers/days';
import { indexProcedures, type ProcedureIndex } from '../../../src/lib/dossiers/procedure-index';
import { firstDay } from '../../../src/lib/dossiers/samples';
import { summarize } from '../../../src/lib/dossiers/summary';
import { projectContentDir } from '../../../src/lib/content/content-dir';

let procedures: ProcedureIndex;
// Loads and validates the whole catalogue: seconds on a loaded machine.
beforeAll(() => {
	procedures = indexProcedures(
		loadProcedures(projectContentDir(process.cwd())).map(({ id, data }) => ({
			id,
			code: data.code,
		}))
	);
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

describe('committed samples and the procedures’ first day', () => {
	test('no dossier is filed under a new code before the procedure took dossiers', () => {
		const entries = loadProcedures(projectContentDir(process.cwd()));
		const volumes = new Map<string, string>();
		for (const entry of entries) {
			const first = firstDay(entry);
			if (first !== undefined) volumes.set(entry.data.code ?? entry.id, formatIsoDay(first));
		}
		expect(volumes.get('1.013810')).toBe('2025-07-01');
		const early = readFileSync('content/dossiers/sample-2025.csv', 'utf8')
			.split('\n')
			.slice(1)
			.filter((line) => {
				const [code, received] = line.split(',');
				const first = volumes.get(code ?? '');
				return first !== undefined && viToIso(received!) < first;
			});
		expect(early).toEqual([]);
	});
});

function viToIso(text: string): string {
	const [day, month, year] = text.split('/');
	return `${year}-${month}-${day}`;
}
