import type { ContentDir } from '../../content/content-dir';
import { readDossierFile } from '../../content/check-dossiers';
import { yearOfDay } from '../../dossiers/days';
import { isSampleFile } from '../../dossiers/files';
import { listDossierFiles } from '../../dossiers/load';
import { indexProcedures, type ProcedureRef } from '../../dossiers/procedure-index';
import { DossierFileError, readDossierText } from '../../dossiers/read-csv';
import type { DossierVolumes } from './received';

export { receivedIn, type DossierVolumes } from './received';

/**
 * Counts the dossiers received per procedure and year, the volume a review takes `from:
 * dossiers`. Rows the import rejects are left out, as the statistics leave them out; a file
 * that cannot be read at all, or is over the size the check reads, is skipped: the content check
 * names it, and nothing goes on until it is fixed.
 */
export function countDossierVolumes(
	content: ContentDir,
	procedures: Iterable<ProcedureRef>
): DossierVolumes {
	const index = indexProcedures(procedures);
	const volumes: DossierVolumes = { byYear: new Map(), sampleYears: new Set(), files: new Map() };
	for (const file of listDossierFiles(content)) {
		// A folder, a file over the size limit, a broken link: the check names it.
		const read = readDossierFile(content.root, file);
		if (!read.ok) continue;
		const years = new Set<number>();
		try {
			readDossierText(read.text, index, (dossier) => {
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
