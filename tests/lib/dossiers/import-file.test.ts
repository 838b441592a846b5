import { mkdtempSync, readFileSync, existsSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { UserError } from '../../../src/lib/cli/run';
import { importDossierFile } from '../../../src/lib/dossiers/import-file';
import { summarize } from '../../../src/lib/dossiers/summary';
import { fixtureProcedures } from './support/factories';

const fixtures = join(import.meta.dirname, '../../fixtures/dossiers');
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dossiers-'));
});

function write(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const header = 'code,received_at,due_at,finished_at,channel\n';
const good = '2.002039,2021-01-04,2021-01-15,2021-01-12,online\n';

describe('importDossierFile', () => {
	test('rejects each bad row of the hand-made file with its line and counts the good ones', async () => {
		const rejectsPath = join(dir, 'bad.rejects.csv');
		const stats = await importDossierFile({
			input: join(fixtures, 'bad-rows.csv'),
			procedures: fixtureProcedures,
			rejectsPath,
		});
		expect(stats.rejected).toEqual([
			{ line: 3, reason: 'unknown procedure code "9.999999"' },
			{
				line: 4,
				reason: 'received_at "31/02/2021" is not a real date (expected yyyy-mm-dd or dd/mm/yyyy)',
			},
			{ line: 6, reason: 'due_at 04/01/2021 is before received_at 15/01/2021' },
			{
				line: 7,
				reason: 'unknown channel "fax" (expected Trực tiếp, Trực tuyến, Dịch vụ bưu chính)',
			},
			{ line: 8, reason: 'expected 7 columns, found 5' },
		]);
		const summary = summarize(stats);
		expect(summary).toMatchObject({ rows: 8, received: 3, late: 2, lateWithoutApology: 1 });
		const rejects = readFileSync(rejectsPath, 'utf8').trimEnd().split('\n');
		expect(rejects[0]).toBe('line,reason,row');
		expect(rejects).toHaveLength(6);
		expect(rejects[5]).toBe(
			'8,"expected 7 columns, found 5","2.002039,2021-01-04,2021-01-15,,Trực tuyến"'
		);
	});

	test('writes a rejected row that starts like a formula so that a spreadsheet shows it as text', async () => {
		const rejectsPath = join(dir, 'formula.rejects.csv');
		const input = write('formula.csv', `${header}=1+2,2021-01-04,2021-01-15,,online\n`);
		await importDossierFile({ input, procedures: fixtureProcedures, rejectsPath });
		const [, row] = readFileSync(rejectsPath, 'utf8').trimEnd().split('\n');
		expect(row).toBe(`2,"unknown procedure code ""=1+2""","'=1+2,2021-01-04,2021-01-15,,online"`);
	});

	test('reads a BOM and Windows line ends', async () => {
		const input = write('crlf.csv', `\uFEFF${header}${good}`.replace(/\n/g, '\r\n'));
		const stats = await importDossierFile({
			input,
			procedures: fixtureProcedures,
			rejectsPath: null,
		});
		expect(stats.total.received).toBe(1);
		expect(stats.rejectedTotal).toBe(0);
	});

	test('gives the first line of a row with a quoted line break', async () => {
		const input = write(
			'multi.csv',
			`${header}"2.002039",2021-01-04,"2021-01-15\nlater",,online\n${good}`
		);
		const stats = await importDossierFile({
			input,
			procedures: fixtureProcedures,
			rejectsPath: null,
		});
		expect(stats.rejected[0]?.line).toBe(2);
		expect(stats.total.received).toBe(1);
	});

	test('keeps reading after a stray quote', async () => {
		const input = write('stray.csv', `${header}2.002039,"2021-01-04"x,2021-01-15,,online\n${good}`);
		const stats = await importDossierFile({
			input,
			procedures: fixtureProcedures,
			rejectsPath: null,
		});
		expect(stats.rejected.map((reject) => reject.line)).toEqual([2]);
		expect(stats.total.received).toBe(1);
	});

	test('reports the lines an unclosed quote makes unreadable', async () => {
		const input = write(
			'unclosed.csv',
			`${header}${good}"2.002039,2021-01-04,2021-01-15,,online\n${good}${good}`
		);
		const stats = await importDossierFile({
			input,
			procedures: fixtureProcedures,
			rejectsPath: null,
		});
		expect(stats.total.received).toBe(1);
		expect(stats.rejected).toEqual([
			{ line: 3, reason: expect.stringMatching(/^lines 3–5 not read: a quote/) },
		]);
	});

	test('stops with one message naming the file for a wrong header', async () => {
		const input = join(fixtures, 'wrong-header.csv');
		const rejectsPath = join(dir, 'x.rejects.csv');
		const run = importDossierFile({ input, procedures: fixtureProcedures, rejectsPath });
		await expect(run).rejects.toThrow(UserError);
		await expect(run).rejects.toThrow(
			/wrong-header\.csv: line 1: the header is wrong: unknown column "ma_thu_tuc"/
		);
		expect(existsSync(rejectsPath)).toBe(false);
	});

	test('stops with one message for an empty, missing or folder input', async () => {
		const empty = write('empty.csv', '');
		await expect(
			importDossierFile({ input: empty, procedures: fixtureProcedures, rejectsPath: null })
		).rejects.toThrow(/empty\.csv: the file is empty/);
		const missing = join(dir, 'missing.csv');
		await expect(
			importDossierFile({ input: missing, procedures: fixtureProcedures, rejectsPath: null })
		).rejects.toThrow(`cannot read ${missing}: no such file`);
		await expect(
			importDossierFile({ input: dir, procedures: fixtureProcedures, rejectsPath: null })
		).rejects.toThrow('it is a folder, not a file');
	});

	test('writes no rejects file, and removes a stale one, when every row is good', async () => {
		const input = write('good.csv', `${header}${good}`);
		const rejectsPath = write('good.rejects.csv', 'stale');
		await importDossierFile({ input, procedures: fixtureProcedures, rejectsPath });
		expect(existsSync(rejectsPath)).toBe(false);
	});

	test('leaves no temporary file behind when it fails half-way', async () => {
		const input = write('late-error.csv', `${header}x,,,,\n`);
		const rejectsPath = join(dir, 'no-such-folder', 'r.csv');
		await expect(
			importDossierFile({ input, procedures: fixtureProcedures, rejectsPath })
		).rejects.toThrow();
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	test('counts rows a filter leaves out, so none goes missing', async () => {
		const input = write('years.csv', `${header}${good}2.002039,2022-01-04,2022-01-15,,online\n`);
		const stats = await importDossierFile({
			input,
			procedures: fixtureProcedures,
			rejectsPath: null,
			include: (dossier) => dossier.received < Date.UTC(2022, 0, 1) / 86_400_000,
		});
		expect(stats).toMatchObject({ rows: 2, outOfScope: 1, total: { received: 1 } });
	});
});
