import { join } from 'node:path';
import { readNationalFile, type NationalEntry } from './read-national-file';
import { readSourceTable, type TableRow } from './read-source-table';
import type { Scope } from './select-scope';
import { ImportError, type ImportProblem } from './import-problem';
import { datasets } from './source-types';

/** Every source record of a scope, read and checked in full. */
export interface Sources {
	/** Name of the file the national records come from. */
	dataset: string;
	/** Records of the national database snapshot of the scope. */
	national: NationalEntry[];
	/** The police’s records, which say where the criminal-record procedures went (department only). */
	police: NationalEntry[];
	/** Rows of `procedures-sources.csv`. */
	table: TableRow[];
}

/**
 * Reads every source file of a scope to the end before anything is mapped or written, and stops
 * with a {@link ImportError} listing every problem of every file when there is any: an import
 * either reads all its sources cleanly or writes nothing. `onRecord` reports progress.
 */
export async function readSources(
	source: string,
	scope: Scope,
	onRecord: (records: number) => void = () => {}
): Promise<Sources> {
	const problems: ImportProblem[] = [];
	const dataset = scope === 'all' ? datasets.all : datasets.department;
	const table = await gather(problems, () => readSourceTable(join(source, datasets.table)), {
		rows: [],
		problems: [],
	});
	const national = await gather(problems, () => readNationalFile(join(source, dataset), onRecord), {
		entries: [],
		problems: [],
	});
	const police =
		scope === 'department'
			? await gather(problems, () => readNationalFile(join(source, datasets.police)), {
					entries: [],
					problems: [],
				})
			: { entries: [] };
	if (problems.length > 0) throw new ImportError(problems);
	return { dataset, national: national.entries, police: police.entries, table: table.rows };
}

/** Runs one reader and adds its problems, returned or thrown, to `problems`. */
async function gather<T extends { problems: ImportProblem[] }>(
	problems: ImportProblem[],
	read: () => Promise<T> | T,
	empty: T
): Promise<T> {
	try {
		const result = await read();
		problems.push(...result.problems);
		return result;
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		problems.push(...error.problems);
		return empty;
	}
}
