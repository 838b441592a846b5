import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { UserError } from '../../../src/lib/cli/run';
import { importDossierFile } from '../../../src/lib/dossiers/import-file';
import { openRejectsFile } from '../../../src/lib/dossiers/rejects-file';
import { summarize } from '../../../src/lib/dossiers/summary';
import { fixtureProcedures } from './support/factories';

const fixtures = join(import.meta.dirname, '../../fixtures/dossiers');
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dossiers-'));
});

function write(name: string, text: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const header = 'code,received_at,due_at,finished_at,channel\n';
const good = '2.002039,2021-01-04,2021-01-15,2021-01-12,online\n';
const read = (input: string) => importDossierFile({ input, procedures: fixtureProcedures });

describe('importDossierFile', () => {
	test('rejects each bad row of the hand-made file with its line and counts the good ones', async () => {
		const rejects = openRejectsFile(join(dir, 'bad.rejects.csv'));
		const stats = await importDossierFile({
			input: join(fixtures, 'bad-rows.csv'),
			procedures: fixtureProcedures,
			rejects,
		});
		await rejects.commit();
		expect(stats.rejected.map(({ line }) => line)).toEqual([3, 4, 6, 7, 8]);
		expect(stats.rejected[0]).toEqual({
			line: 3,
			reason: 'code: cần mã một thủ tục có trong danh mục; đang là "9.999999"',
		});
		const summary = summarize(stats);
		expect(summary).toMatchObject({ rows: 8, received: 3, late: 2, lateWithoutApology: 1 });
		const lines = readFileSync(rejects.path, 'utf8').trimEnd().split('\n');
		expect(lines[0]).toBe('line,reason,row');
		expect(lines).toHaveLength(6);
		expect(lines[5]).toBe(
			'8,"cần 7 cột như dòng tiêu đề, đang có 5","2.002039,2021-01-04,2021-01-15,,Trực tuyến"'
		);
	});

	test('writes a rejected row that starts like a formula so that a spreadsheet shows it as text', async () => {
		const rejects = openRejectsFile(join(dir, 'formula.rejects.csv'));
		const input = write('formula.csv', `${header}=1+2,2021-01-04,2021-01-15,,online\n`);
		await importDossierFile({ input, procedures: fixtureProcedures, rejects });
		await rejects.commit();
		const [, row] = readFileSync(rejects.path, 'utf8').trimEnd().split('\n');
		expect(row).toMatch(/^2,"code: .*""=1\+2""","'=1\+2,2021-01-04,2021-01-15,,online"$/);
	});

	test('reads a BOM and Windows line ends', async () => {
		const stats = await read(write('crlf.csv', `\uFEFF${header}${good}`.replace(/\n/g, '\r\n')));
		expect(stats.total.received).toBe(1);
		expect(stats.rejectedTotal).toBe(0);
	});

	test('rejects a quoted line break line by line, and reads the next row', async () => {
		const stats = await read(
			write('multi.csv', `${header}"2.002039",2021-01-04,"2021-01-15\nlater",,online\n${good}`)
		);
		expect(stats.rejected.map(({ line }) => line)).toEqual([2, 3]);
		expect(stats.rejected[0]?.reason).toContain('dấu ngoặc kép (") mở mà không đóng');
		expect(stats.total.received).toBe(1);
		expect(stats.rows).toBe(3);
	});

	test('keeps reading after a stray quote', async () => {
		const stats = await read(
			write('stray.csv', `${header}2.002039,"2021-01-04"x,2021-01-15,,online\n${good}`)
		);
		expect(stats.rejected.map((reject) => reject.line)).toEqual([2]);
		expect(stats.total.received).toBe(1);
	});

	test('loses no row after an unclosed quote: only its own line is rejected', async () => {
		const stats = await read(
			write(
				'unclosed.csv',
				`${header}${good}"2.002039,2021-01-04,2021-01-15,,online\n${good}${good}`
			)
		);
		expect(stats.total.received).toBe(3);
		expect(stats.rejected).toEqual([
			{ line: 3, reason: expect.stringContaining('mở mà không đóng') },
		]);
	});

	test('says once that a Windows-1258 file is not UTF-8, naming the first line that is not', async () => {
		// “Trực tiếp” in Windows-1258: ự is 0xF9 0xF2 (u-horn + combining dot below), ế is 0xEA 0xEC.
		const cp1258 = Buffer.concat([
			Buffer.from(`${header}${good}2.002039,2021-01-04,2021-01-15,,Tr`),
			Buffer.from([0xf9, 0xf2]),
			Buffer.from('c ti'),
			Buffer.from([0xea, 0xec]),
			Buffer.from('p\n'),
		]);
		const input = write('cp1258.csv', cp1258);
		await expect(read(input)).rejects.toThrow(UserError);
		await expect(read(input)).rejects.toThrow(
			new RegExp(`^${input}:3: tệp không được mã hoá UTF-8 \\(có thể là Windows-1258`)
		);
	});

	test('refuses a UTF-16 file at once', async () => {
		const input = write('utf16.csv', Buffer.from(`\uFEFF${header}`, 'utf16le'));
		await expect(read(input)).rejects.toThrow(`${input}:1: tệp được lưu dạng UTF-16`);
	});

	test('rejects an overlong line by itself and keeps memory flat', async () => {
		const long = `2.002039,${'x'.repeat(100_000)}\n`;
		const stats = await read(write('long.csv', `${header}${good}${long}${good}`));
		expect(stats.total.received).toBe(2);
		expect(stats.rejected).toEqual([{ line: 3, reason: expect.stringContaining('dòng dài hơn') }]);
	});

	test('stops with one message naming the file and line for a wrong header', async () => {
		const input = join(fixtures, 'wrong-header.csv');
		const run = read(input);
		await expect(run).rejects.toThrow(UserError);
		await expect(run).rejects.toThrow(
			/wrong-header\.csv:1: dòng tiêu đề sai: không có cột "ma_thu_tuc"/
		);
	});

	test('stops with one message for an empty, missing or folder input', async () => {
		const empty = write('empty.csv', '\n  \n');
		await expect(read(empty)).rejects.toThrow(`${empty}: tệp trống`);
		const missing = join(dir, 'missing.csv');
		await expect(read(missing)).rejects.toThrow(
			`không đọc được ${missing}: không có tệp hay thư mục này`
		);
		await expect(read(dir)).rejects.toThrow(
			`không đọc được ${dir}: đây là một thư mục, không phải tệp`
		);
	});

	test('counts rows a filter leaves out, so none goes missing', async () => {
		const input = write('years.csv', `${header}${good}2.002039,2022-01-04,2022-01-15,,online\n`);
		const stats = await importDossierFile({
			input,
			procedures: fixtureProcedures,
			include: (dossier) => dossier.received < Date.UTC(2022, 0, 1) / 86_400_000,
		});
		expect(stats).toMatchObject({ rows: 2, outOfScope: 1, total: { received: 1 } });
	});

	test('leaves the rejects file to the caller when the file turns out unreadable', async () => {
		const rejects = openRejectsFile(join(dir, 'late.rejects.csv'));
		const input = write('late.csv', `${header}x,,,,\n${'\u00ff'}`);
		writeFileSync(input, Buffer.concat([readFileSync(input), Buffer.from([0xff, 0x0a])]));
		await expect(
			importDossierFile({ input, procedures: fixtureProcedures, rejects })
		).rejects.toThrow(/UTF-8/);
		await rejects.abort();
		expect(readdirSync(dir).sort()).toEqual(['late.csv']);
		expect(existsSync(rejects.path)).toBe(false);
	});
});
