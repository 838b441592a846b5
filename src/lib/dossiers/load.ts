import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentFile, contentPath, type ContentDir } from '../content/content-dir';
import { yearOfDay } from './days';
import { dossiersDir, isDossierFile, isSampleFile } from './files';
import { importDossierFile } from './import-file';
import type { ProcedureIndex } from './procedure-index';
import { emptyStats, type DossierStats } from './stats';

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
		await importDossierFile({
			input: resolve(content.root, file),
			procedures,
			into: stats,
			include: wanted ? (dossier) => wanted.has(yearOfDay(dossier.received)) : undefined,
		});
		if (stats.total.received > counted && isSampleFile(file)) sample = true;
	}
	return { stats, files, sample };
}

/** Years of receipt present in the statistics, in order. */
export function yearsOf(stats: DossierStats): number[] {
	return [...new Set([...stats.byMonth.keys()].map((month) => Number(month.slice(0, 4))))].sort();
}
