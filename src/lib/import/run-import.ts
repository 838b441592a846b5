import { collectProcedures, type InputError, type SkippedRecord } from './collect-procedures';
import { applyWrites, type FileReport } from './apply-writes';
import type { Scope } from './select-scope';

/** Options of one import run. */
export interface ImportOptions {
	/** Folder holding the source files. */
	source: string;
	/** Folder the procedure files go to. */
	out: string;
	scope: Scope;
	/** Rewrite the front matter of files that differ from the source. */
	write: boolean;
	/** Called after each source record is read, for progress on long runs. */
	onProgress?: (records: number) => void;
}

/** What an import run did, for the summary. */
export interface ImportSummary {
	records: number;
	imported: number;
	files: FileReport;
	/** Number of flags per flag code. */
	flags: Record<string, number>;
	flaggedProcedures: number;
	skipped: SkippedRecord[];
	inputErrors: InputError[];
	seconds: number;
}

/** Reads the sources, maps every record, writes the files and sums up what happened. */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
	const started = performance.now();
	const collected = await collectProcedures(options.source, options.scope, options.onProgress);
	const files = applyWrites(options.out, collected.procedures, options.write);
	const flags: Record<string, number> = {};
	let flaggedProcedures = 0;
	for (const { procedure } of collected.procedures) {
		const list = procedure.flags ?? [];
		if (list.length > 0) flaggedProcedures += 1;
		for (const flag of list) flags[flag.code] = (flags[flag.code] ?? 0) + 1;
	}
	return {
		records: collected.records,
		imported: collected.procedures.length,
		files,
		flags,
		flaggedProcedures,
		skipped: collected.skipped,
		inputErrors: collected.inputErrors,
		seconds: (performance.now() - started) / 1000,
	};
}
