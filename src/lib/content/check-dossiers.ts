import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monthOfDay } from '../dossiers/days';
import { listDossierFiles } from '../dossiers/load';
import { indexProcedures } from '../dossiers/procedure-index';
import { DossierFileError, readDossierText } from '../dossiers/read-csv';
import type { Problem } from '../validation/friendly-errors';
import type { CheckedProcedure } from './check-procedures';

/** What checking the dossier files of `content/dossiers/` found. */
export interface DossierFilesCheck {
	fileCount: number;
	problems: Problem[];
}

/**
 * Checks the committed dossier files with the same row rules as the import: a row the import
 * would reject is an error here, so the statistics page never silently drops one. Two files
 * holding dossiers received in the same month are an error too: the page would count them twice.
 */
export function checkDossierFiles(root: string, procedures: readonly CheckedProcedure[]): DossierFilesCheck {
	const index = indexProcedures(procedures.map(({ id, data }) => ({ id, code: data.code })));
	const files = listDossierFiles(root);
	const problems: Problem[] = [];
	const monthOwner = new Map<string, string>();
	for (const file of files) {
		const months = new Set<string>();
		try {
			const rejects = readDossierText(readFileSync(join(root, file), 'utf8'), index, (dossier) => {
				months.add(monthOfDay(dossier.received));
			});
			for (const { line, reason } of rejects) {
				problems.push({ file: `${file}:${line}`, path: '', message: reason, severity: 'error' });
			}
		} catch (error) {
			if (!(error instanceof DossierFileError)) throw error;
			problems.push({ file, path: '', message: error.message, severity: 'error' });
		}
		for (const month of [...months].sort()) {
			const owner = monthOwner.get(month);
			if (owner) {
				problems.push({
					file,
					path: '',
					message: `has dossiers received in ${month}, like ${owner}: the statistics would count that month twice`,
					severity: 'error',
				});
				break;
			}
			monthOwner.set(month, file);
		}
	}
	return { fileCount: files.length, problems };
}
