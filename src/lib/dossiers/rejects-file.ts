import { rm } from 'node:fs/promises';
import { cannotWrite } from '../cli/fs-errors';
import { openAtomicFile } from '../files/atomic-file';
import { csvLine } from '../text/csv';
import type { RejectedRow } from './read-csv';

/** Header of the rejects file. */
export const rejectsHeader = ['line', 'reason', 'row'] as const;

/**
 * The rejects file of an import: every rejected row with its line, the reason and the line as it
 * was. It is written beside its path and put in place by {@link RejectsFile.commit} only, so that
 * a failed run leaves the older file as it was. A write error names this file, not the input.
 */
export interface RejectsFile {
	readonly path: string;
	/** Appends one rejected row. */
	add(row: RejectedRow): Promise<void>;
	/** Writes everything out, so that a full disk fails before any output is put in place. */
	close(): Promise<void>;
	/**
	 * Puts the file in place; when no row was rejected, removes an older file at the path instead,
	 * so that it cannot be mistaken for this run’s.
	 */
	commit(): Promise<void>;
	/** Removes what was written; the path is left as it was. */
	abort(): Promise<void>;
}

/** Opens the rejects file lazily: nothing touches the disk before the first rejected row. */
export function openRejectsFile(path: string): RejectsFile {
	const file = openAtomicFile(path);
	const guard = async (work: () => Promise<void>) => {
		try {
			await work();
		} catch (error) {
			throw cannotWrite(path, error);
		}
	};
	return {
		path,
		add: (row) =>
			guard(async () => {
				if (!file.started) await file.write(csvLine(rejectsHeader));
				await file.write(csvLine([row.line, row.reason, row.text]));
			}),
		close: () => guard(async () => void (file.started && (await file.close()))),
		commit: () => guard(() => (file.started ? file.commit() : rm(path, { force: true }))),
		abort: () => file.abort(),
	};
}
