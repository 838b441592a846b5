import { open } from 'node:fs/promises';
import { cannotRead, isFsError } from '../cli/fs-errors';
import { UserError } from '../cli/run';
import type { Dossier } from './dossier';
import { DossierFileError } from './file-error';
import type { ProcedureIndex } from './procedure-index';
import { readDossierCsv, type RejectedRow } from './read-csv';
import type { RejectsFile } from './rejects-file';
import { addDossier, addOutOfScope, addReject, emptyStats, type DossierStats } from './stats';
import type { CountRules } from './tally';

/** What {@link importDossierFile} needs. */
export interface ImportOptions {
	/** The CSV export to read. */
	input: string;
	/** Known procedures. */
	procedures: ProcedureIndex;
	/** Where to write every rejected row (the caller commits it); none keeps rejects in memory only (capped). */
	rejects?: RejectsFile | null;
	/** Counts only the dossiers this accepts (e.g. one year); the others are counted as out of scope. */
	include?: (dossier: Dossier) => boolean;
	/** Counting rules left open by the domain. */
	rules?: CountRules;
	/** How many rejects to keep in memory. */
	rejectCap?: number;
	/** Called for each reject as it is met, e.g. to print it. */
	onReject?: (row: RejectedRow) => void;
	/** Statistics to add to, e.g. when several files make one period; new ones by default. */
	into?: DossierStats;
	/**
	 * Called for each good row instead of counting it (`include` and `rules` are then not used),
	 * e.g. to count each row into the statistics of its year.
	 */
	onDossier?: (dossier: Dossier) => void;
}

/**
 * Imports a dossier export: counts the good rows and hands every rejected row to the rejects
 * file. A file that cannot be read at all (missing, a folder, not UTF-8, a wrong header) raises a
 * {@link UserError} naming the file and the line; the rejects file is then left for the caller to
 * abort, like any other output of the run.
 */
export async function importDossierFile(options: ImportOptions): Promise<DossierStats> {
	const { input, procedures, rejects, include, rules, rejectCap, onReject, into, onDossier } =
		options;
	let handle;
	try {
		handle = await open(input, 'r');
	} catch (error) {
		throw cannotRead(input, error);
	}
	const stats = into ?? emptyStats();
	try {
		await readDossierCsv(handle.createReadStream(), procedures, {
			dossier(dossier) {
				if (onDossier) onDossier(dossier);
				else if (include && !include(dossier)) addOutOfScope(stats);
				else addDossier(stats, dossier, rules);
			},
			async reject(row) {
				addReject(stats, { line: row.line, reason: row.reason }, rejectCap);
				onReject?.(row);
				await rejects?.add(row);
			},
		});
		return stats;
	} catch (error) {
		if (error instanceof DossierFileError) {
			throw new UserError(`${input}${error.line ? `:${error.line}` : ''}: ${error.problem}`);
		}
		if (error instanceof UserError) throw error;
		if (isFsError(error)) throw cannotRead(input, error);
		throw error;
	} finally {
		await handle.close().catch(() => undefined);
	}
}
