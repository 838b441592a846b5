import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import {
	DossierFileError,
	readDossierCsv,
	keptTextLength,
	readDossierText,
	type RejectedRow,
} from '../../../src/lib/dossiers/read-csv';
import type { ProcedureIndex } from '../../../src/lib/dossiers/procedure-index';
import { fixtureProcedures } from './support/factories';

const header = 'code,received_at,due_at,finished_at,channel,apology_at,status';

/** What a read met: the line of every good row, every reject, or the file error. */
interface Outcome {
	good: number[];
	rejects: RejectedRow[];
	error?: string;
}

function readText(text: string): Outcome {
	const good: number[] = [];
	try {
		const rejects = readDossierText(text, fixtureProcedures, (_dossier, line) => good.push(line));
		return { good, rejects };
	} catch (error) {
		if (error instanceof DossierFileError) return { good, rejects: [], error: error.message };
		throw error;
	}
}

async function readChunks(chunks: Uint8Array[]): Promise<Outcome> {
	const good: number[] = [];
	const rejects: RejectedRow[] = [];
	async function* source() {
		yield* chunks;
	}
	try {
		await readDossierCsv(source(), fixtureProcedures, {
			dossier: (_dossier, line) => good.push(line),
			reject: (row) => void rejects.push(row),
		});
		return { good, rejects };
	} catch (error) {
		if (error instanceof DossierFileError) return { good, rejects, error: error.message };
		throw error;
	}
}

/** Cuts bytes at the given places, as a file stream may. */
function cut(bytes: Uint8Array, places: number[]): Uint8Array[] {
	const at = [...new Set(places.map((place) => place % (bytes.length + 1)))].sort((a, b) => a - b);
	return [...at, bytes.length].map((end, index) => bytes.subarray(at[index - 1] ?? 0, end));
}

/** Numbers of the lines after the header that hold something other than spaces. */
function dataLines(text: string): number[] {
	const lines = text.replace(/\n$/, '').split('\n');
	const numbered = lines.map((line, index) => ({ line: index + 1, blank: line.trim() === '' }));
	const filled = numbered.filter((entry) => !entry.blank);
	return filled.slice(1).map((entry) => entry.line);
}

/** A line a dossier export might hold: good, nearly good, or noise with quotes and commas. */
const line = fc.oneof(
	fc.constant('2.002039,2021-01-04,2021-01-15,2021-01-12,Trực tiếp,,Đã trả kết quả'),
	fc.constant('1.000390,04/01/2021,11/01/2021,,online,,"Đang xử lý, chờ bổ sung"'),
	fc
		.array(fc.oneof(fc.string(), fc.constantFrom('"', '""', ',', '\r', ' ', 'Trực tuyến')), {
			maxLength: 12,
		})
		.map((parts) => parts.join('')),
	fc.string({ unit: 'binary', maxLength: 40 })
);
const body = fc
	.array(line, { maxLength: 30 })
	.map((lines) => lines.map((text) => text.replace(/[\n\uFFFD]/g, ' ')));

describe('readDossierCsv', () => {
	test('accounts for every line after a good header: each is one good row or one reject', () => {
		fc.assert(
			fc.property(body, fc.boolean(), (lines, crlf) => {
				const text = `${header}\n${lines.join(crlf ? '\r\n' : '\n')}`;
				const outcome = readText(text);
				expect(outcome.error).toBeUndefined();
				const seen = [...outcome.good, ...outcome.rejects.map((reject) => reject.line)];
				expect(seen.sort((a, b) => a - b)).toEqual(dataLines(text.replace(/\r\n/g, '\n')));
			}),
			{ numRuns: 300 }
		);
	});

	test('gives the same rows and rejects however the bytes arrive', async () => {
		await fc.assert(
			fc.asyncProperty(body, fc.array(fc.nat(), { maxLength: 8 }), async (lines, places) => {
				const text = `\uFEFF${header}\r\n${lines.join('\r\n')}`;
				const streamed = await readChunks(cut(Buffer.from(text), places));
				expect(streamed).toEqual(readText(text));
			}),
			{ numRuns: 200 }
		);
	});

	test('reads any bytes to a result or one file error, never another exception', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 300 }),
				fc.array(fc.nat(), { maxLength: 5 }),
				async (bytes, places) => {
					const outcome = await readChunks(cut(bytes, places));
					if (outcome.error === undefined) {
						expect(outcome.good.length + outcome.rejects.length).toBeLessThanOrEqual(
							bytes.filter((byte) => byte === 10).length + 1
						);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	test('reads any text to a result or one file error, never another exception', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				readText(text);
				readText(`${header}\n${text}`);
			}),
			{ numRuns: 300 }
		);
	});

	test('reads a text again with the procedures known then, not those of the first reading', () => {
		const text = `${header}\n2.002039,2021-01-04,2021-01-15,,online,,\n`;
		const read = (procedures: ProcedureIndex) => {
			const ids: string[] = [];
			const rejects = readDossierText(text, procedures, (dossier) => ids.push(dossier.procedureId));
			return { ids, rejects: rejects.length };
		};
		expect(read(fixtureProcedures)).toEqual({ ids: ['2.002039'], rejects: 0 });
		expect(read(() => null)).toEqual({ ids: [], rejects: 1 });
		expect(read((code) => (code === '2.002039' ? 'khai-sinh' : null))).toEqual({
			ids: ['khai-sinh'],
			rejects: 0,
		});
	});
});

describe('readDossierText of a large text, kept on disk from one command to the next', () => {
	test('gives the same dossiers and rejects when the rows come from the disk', async () => {
		const rows = Array.from({ length: 1_500 }, (_, index) => {
			const day = String((index % 28) + 1).padStart(2, '0');
			// Every 97th row names an unknown procedure, every 89th has an impossible date.
			const code = index % 97 === 0 ? '9.999999' : '2.002039';
			const due = index % 89 === 0 ? '2025-02-30' : `2025-02-${day}`;
			return `${code},2025-01-${day},${due},,Trực tuyến,,Đã trả kết quả`;
		});
		const text = `${header}\n${rows.join('\n')}\n`;
		expect(text.length).toBeGreaterThanOrEqual(keptTextLength);
		const first = readText(text);
		expect(first.rejects.length).toBeGreaterThan(10);
		expect(first.good.length).toBeGreaterThan(1_000);
		// A fresh module has an empty memory: what it reads comes from the disk.
		const readFresh = async () => {
			vi.resetModules();
			const fresh = await import('../../../src/lib/dossiers/read-csv');
			const good: number[] = [];
			const rejects = fresh.readDossierText(text, fixtureProcedures, (_dossier, line) =>
				good.push(line)
			);
			return { good, rejects };
		};
		expect(await readFresh()).toEqual(first);
		// Proof that it did: the kept result of this text, altered, is what a fresh module reads.
		const dir = join(process.cwd(), '.cache/dossier-rows');
		const kept = readdirSync(dir)
			.map((name) => join(dir, name))
			.find((path) => {
				const parts = JSON.parse(readFileSync(path, 'utf8')) as { code?: string }[];
				return parts.length === rows.length && parts[0]?.code === '9.999999';
			});
		expect(kept).toBeDefined();
		const parts = JSON.parse(readFileSync(kept!, 'utf8')) as { code: string }[];
		parts[1]!.code = '9.999999';
		writeFileSync(kept!, JSON.stringify(parts));
		try {
			const altered = await readFresh();
			expect(altered.rejects.map(({ line }) => line)).toContain(3);
		} finally {
			rmSync(kept!, { force: true });
		}
	});
});
