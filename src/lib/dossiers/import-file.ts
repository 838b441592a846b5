import { open } from 'node:fs/promises';
import { rm } from 'node:fs/promises';
import { UserError } from '../cli/run';
import { openAtomicFile } from '../files/atomic-file';
import { csvLine, rawCsvLine } from '../text/csv';
import type { Dossier } from './dossier';
import type { ProcedureIndex } from './procedure-index';
import { DossierFileError, readDossierCsv, type RejectedRow } from './read-csv';
import { addDossier, addOutOfScope, addReject, emptyStats, type DossierStats } from './stats';
import type { CountRules } from './tally';

/** What {@link importDossierFile} needs. */
export interface ImportOptions {
	/** The CSV export to read. */
	input: string;
	/** Known procedures. */
	procedures: ProcedureIndex;
	/** Where to write every rejected row; `null` to keep rejects in memory only (capped). */
	rejectsPath: string | null;
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
}

/** Header of the rejects file. */
export const rejectsHeader = ['line', 'reason', 'row'] as const;

/**
 * Imports a dossier export: counts the good rows, and writes every rejected row (line, reason, the
 * row as it was) to the rejects file. The rejects file appears only when the whole file was read;
 * when no row was rejected, a rejects file left by an earlier run is removed so it cannot mislead.
 * A missing file or a wrong header raises a {@link UserError} naming the file.
 */
export async function importDossierFile(options: ImportOptions): Promise<DossierStats> {
	const { input, procedures, rejectsPath, include, rules, rejectCap, onReject, into } = options;
	let handle;
	try {
		handle = await open(input, 'r');
	} catch (error) {
		throw new UserError(`cannot read ${input}: ${describeFsError(error)}`);
	}
	const stats = into ?? emptyStats();
	const rejects = rejectsPath ? openAtomicFile(rejectsPath) : null;
	try {
		await readDossierCsv(handle.createReadStream(), procedures, {
			dossier(dossier) {
				if (include && !include(dossier)) addOutOfScope(stats);
				else addDossier(stats, dossier, rules);
			},
			async reject(row) {
				addReject(stats, { line: row.line, reason: row.reason }, rejectCap);
				onReject?.(row);
				if (!rejects) return;
				if (!rejects.started) await rejects.write(csvLine(rejectsHeader));
				await rejects.write(
					csvLine([row.line, row.reason, row.fields.length ? rawCsvLine(row.fields).trimEnd() : ''])
				);
			},
		});
		if (rejects?.started) await rejects.commit();
		else if (rejectsPath) await rm(rejectsPath, { force: true });
		return stats;
	} catch (error) {
		await rejects?.abort();
		if (error instanceof DossierFileError) throw new UserError(`${input}: ${error.message}`);
		if (isFsError(error)) throw new UserError(`cannot read ${input}: ${describeFsError(error)}`);
		throw error;
	} finally {
		await handle.close().catch(() => undefined);
	}
}

function isFsError(error: unknown): error is NodeJS.ErrnoException {
	return (
		error instanceof Error &&
		typeof (error as NodeJS.ErrnoException).code === 'string' &&
		'syscall' in error
	);
}

/** Says what went wrong with a file in words, not an errno. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EISDIR') return 'it is a folder, not a file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	return error instanceof Error ? error.message : String(error);
}
