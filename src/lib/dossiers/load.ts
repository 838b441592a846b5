import { readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { contentFile, contentPath, type ContentDir } from '../content/content-dir';
import { yearOfDay } from './days';
import { dossiersDir, isDossierFile, isSampleFile } from './files';
import { UserError } from '../cli/run';
import type { Dossier } from './dossier';
import { DossierFileError } from './file-error';
import { importDossierFile } from './import-file';
import type { ProcedureIndex } from './procedure-index';
import { readDossierText, rememberedTextLength } from './read-csv';
import {
	addDossier,
	addOutOfScope,
	addReject,
	emptyStats,
	type DossierStats,
	type Reject,
} from './stats';

/** The dossier data of a period, read from every file of `content/dossiers/`. */
export interface DossierData {
	/** Statistics of the dossiers received in the chosen years (all years without a filter). */
	stats: DossierStats;
	/** Files read, as messages name them (relative to the project root when inside it). */
	files: string[];
	/** Whether any of the counted data comes from a generated sample file. */
	sample: boolean;
}

/** Lists the dossier files of a content folder, sorted by name, as messages name them. */
export function listDossierFiles(content: ContentDir): string[] {
	let names: string[];
	try {
		names = readdirSync(contentPath(content, dossiersDir));
	} catch {
		return [];
	}
	const shown = contentFile(content, dossiersDir);
	return names
		.filter(isDossierFile)
		.sort()
		.map((name) => `${shown}/${name}`);
}

/**
 * Reads every dossier file and counts the dossiers received in `years` (all when not given).
 * Files are streamed one after another into one set of statistics; rows of other years are
 * counted as out of scope. Files must not overlap (the content check makes sure).
 */
export async function loadDossierData(
	content: ContentDir,
	procedures: ProcedureIndex,
	years?: readonly number[]
): Promise<DossierData> {
	const wanted = years ? new Set(years) : null;
	const stats = emptyStats();
	const files = listDossierFiles(content);
	let sample = false;
	for (const file of files) {
		const counted = stats.total.received;
		await addFile(resolve(content.root, file), procedures, {
			dossier(dossier) {
				if (wanted && !wanted.has(yearOfDay(dossier.received))) addOutOfScope(stats);
				else addDossier(stats, dossier);
			},
			reject: (row) => addReject(stats, row),
		});
		if (stats.total.received > counted && isSampleFile(file)) sample = true;
	}
	return { stats, files, sample };
}

/** The dossier data of every year, and of each year alone, oldest first. */
export interface DossierDataByYear {
	/** What {@link loadDossierData} gives without years. */
	all: DossierData;
	/** What {@link loadDossierData} gives for each year of receipt alone. */
	byYear: Map<number, DossierData>;
}

/**
 * What {@link loadDossierData} gives for all years and for each year alone, each file read once:
 * a report of every year read the files once per year and once more to find the years.
 */
export async function loadDossierDataByYear(
	content: ContentDir,
	procedures: ProcedureIndex
): Promise<DossierDataByYear> {
	const all = emptyStats();
	const years = new Map<number, { stats: DossierStats; sample: boolean }>();
	const files = listDossierFiles(content);
	let sample = false;
	for (const file of files) {
		const fromSample = isSampleFile(file);
		await addFile(resolve(content.root, file), procedures, {
			dossier(dossier) {
				addDossier(all, dossier);
				const year = yearOfDay(dossier.received);
				let data = years.get(year);
				if (!data) years.set(year, (data = { stats: emptyStats(), sample: false }));
				addDossier(data.stats, dossier);
				if (fromSample) data.sample = sample = true;
			},
			reject: (row) => addReject(all, row),
		});
	}
	// As a reading of one year counts them: every reject, and the other years’ rows out of scope.
	const good = all.rows - all.rejectedTotal;
	const byYear = new Map<number, DossierData>();
	for (const [year, data] of [...years].sort(([a], [b]) => a - b)) {
		const outOfScope = good - data.stats.rows;
		byYear.set(year, {
			stats: {
				...data.stats,
				rows: all.rows,
				outOfScope,
				rejectedTotal: all.rejectedTotal,
				rejected: [...all.rejected],
			},
			files,
			sample: data.sample,
		});
	}
	return { all: { stats: all, files, sample }, byYear };
}

/** Where the rows of a file go: good dossiers and rejected rows, in file order. */
interface RowCounter {
	dossier(dossier: Dossier): void;
	reject(row: Reject): void;
}

/**
 * Counts one file: a small one is read whole through {@link readDossierText}, which remembers
 * its split and parsed lines for the other readings of the same command or build; a large one
 * streams.
 */
async function addFile(
	input: string,
	procedures: ProcedureIndex,
	counter: RowCounter
): Promise<void> {
	const text = await smallText(input);
	if (text === undefined) {
		await importDossierFile({
			input,
			procedures,
			onDossier: counter.dossier,
			onReject: ({ line, reason }) => counter.reject({ line, reason }),
		});
		return;
	}
	let rejects;
	try {
		rejects = readDossierText(text, procedures, counter.dossier);
	} catch (error) {
		if (!(error instanceof DossierFileError)) throw error;
		throw new UserError(`${input}${error.line ? `:${error.line}` : ''}: ${error.problem}`);
	}
	for (const { line, reason } of rejects) counter.reject({ line, reason });
}

/**
 * The text of a small UTF-8 file, as `readFileSync(…, 'utf8')` gives it to the content check (so
 * that both find the same remembered rows); `undefined` for a large file, or for one the streaming
 * reader must explain (unreadable, UTF-16, not UTF-8), which then says what is wrong. Bytes that
 * are not UTF-8 decode to U+FFFD: a text holding one goes to the streaming reader, whose strict
 * decoder names the line (Buffer’s decoder is several times faster than a fatal TextDecoder).
 */
async function smallText(input: string): Promise<string | undefined> {
	try {
		const info = await stat(input);
		if (!info.isFile() || info.size > rememberedTextLength) return undefined;
		const bytes = await readFile(input);
		const utf16 =
			(bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
		if (utf16) return undefined;
		const text = bytes.toString('utf8');
		return text.includes('\uFFFD') ? undefined : text;
	} catch {
		return undefined;
	}
}

/** Years of receipt present in the statistics, in order. */
export function yearsOf(stats: DossierStats): number[] {
	return [...new Set([...stats.byMonth.keys()].map((month) => Number(month.slice(0, 4))))].sort();
}
