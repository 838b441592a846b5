import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { yearOfDay } from './days';
import { dossiersDir, isDossierFile, isSampleFile } from './files';
import { importDossierFile } from './import-file';
import type { ProcedureIndex } from './procedure-index';
import { emptyStats, type DossierStats } from './stats';

/** The dossier data of a period, read from every file of `content/dossiers/`. */
export interface DossierData {
	/** Statistics of the dossiers received in the chosen years (all years without a filter). */
	stats: DossierStats;
	/** Files read, relative to the project root. */
	files: string[];
	/** Whether any of the counted data comes from a generated sample file. */
	sample: boolean;
}

/** Lists the dossier files of the project, sorted by name. */
export function listDossierFiles(root: string): string[] {
	let names: string[];
	try {
		names = readdirSync(join(root, dossiersDir));
	} catch {
		return [];
	}
	return names
		.filter(isDossierFile)
		.sort()
		.map((name) => `${dossiersDir}/${name}`);
}

/**
 * Reads every dossier file and counts the dossiers received in `years` (all when not given).
 * Files are streamed one after another into one set of statistics; rows of other years are
 * counted as out of scope. Files must not overlap (the content check makes sure).
 */
export async function loadDossierData(
	root: string,
	procedures: ProcedureIndex,
	years?: readonly number[]
): Promise<DossierData> {
	const wanted = years ? new Set(years) : null;
	const stats = emptyStats();
	const files = listDossierFiles(root);
	let sample = false;
	for (const file of files) {
		const counted = stats.total.received;
		await importDossierFile({
			input: join(root, file),
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
