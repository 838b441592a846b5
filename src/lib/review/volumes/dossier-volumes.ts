import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yearOfDay } from '../../dossiers/days';
import { isSampleFile } from '../../dossiers/files';
import { listDossierFiles } from '../../dossiers/load';
import { indexProcedures, type ProcedureRef } from '../../dossiers/procedure-index';
import { DossierFileError, readDossierText } from '../../dossiers/read-csv';

/** Dossiers received per procedure in each year, from the files of `content/dossiers/`. */
export interface DossierVolumes {
	/** Received dossiers by year, then by procedure id. */
	byYear: Map<number, Map<string, number>>;
	/** Years whose counts come (partly) from generated sample files. */
	sampleYears: Set<number>;
	/** Files whose dossiers were received in each year, relative to the root. */
	files: Map<number, string[]>;
}

/**
 * Counts the dossiers received per procedure and year, the volume a review takes `from:
 * dossiers`. Rows the import rejects are left out, as the statistics leave them out; a file
 * that cannot be read at all is skipped (the content check reports it).
 */
export function countDossierVolumes(
	root: string,
	procedures: Iterable<ProcedureRef>
): DossierVolumes {
	const index = indexProcedures(procedures);
	const volumes: DossierVolumes = { byYear: new Map(), sampleYears: new Set(), files: new Map() };
	for (const file of listDossierFiles(root)) {
		const years = new Set<number>();
		try {
			readDossierText(readFileSync(join(root, file), 'utf8'), index, (dossier) => {
				const year = yearOfDay(dossier.received);
				years.add(year);
				const counts = volumes.byYear.get(year) ?? new Map<string, number>();
				counts.set(dossier.procedureId, (counts.get(dossier.procedureId) ?? 0) + 1);
				volumes.byYear.set(year, counts);
			});
		} catch (error) {
			if (!(error instanceof DossierFileError)) throw error;
		}
		for (const year of years) {
			volumes.files.set(year, [...(volumes.files.get(year) ?? []), file]);
			if (isSampleFile(file)) volumes.sampleYears.add(year);
		}
	}
	return volumes;
}

/** Dossiers of procedure `id` received in `year`; `undefined` when the files hold no dossier of that year. */
export function receivedIn(volumes: DossierVolumes, year: number, id: string): number | undefined {
	const counts = volumes.byYear.get(year);
	return counts ? (counts.get(id) ?? 0) : undefined;
}
