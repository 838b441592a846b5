import { openData } from '../../config/open-data';
import { procedureSchema, type Procedure } from '../../schemas/procedure';
import { formatProblem, problemsFromZodError } from '../validation/friendly-errors';
import type { ProcedureEntry } from '../procedure/entry';
import { pageAddress } from './page-address';
import { columns } from './columns';
import { toSpreadsheetCsv } from '../text/csv';

/** The JSON file: terms, then one object per procedure with its id, page and every schema field. */
export interface ProcedureDataset {
	licence: { name: string; url: string };
	attribution: string;
	/** When the file was built (ISO date-time). */
	generated: string;
	count: number;
	procedures: ({ id: string; url: string } & Procedure)[];
}

/**
 * Validates every procedure against the schema again, so the published file is exactly what the
 * schema documents even if a page-only transform slipped in; a failure stops the build.
 */
export function validated(entries: readonly ProcedureEntry[]): ProcedureEntry[] {
	return entries.map(({ id, data }) => {
		const parsed = procedureSchema.safeParse(data);
		if (!parsed.success) {
			const problems = problemsFromZodError(`content/procedures/${id}.md`, parsed.error, data);
			throw new Error(`open data: invalid procedure\n${problems.map(formatProblem).join('\n')}`);
		}
		return { id, data: parsed.data };
	});
}

/** Sorts by id so that files diff cleanly between builds. */
const byId = (entries: readonly ProcedureEntry[]) =>
	[...entries].sort((a, b) => a.id.localeCompare(b.id));

/** Builds `/data/procedures.json`; without `site`, each `url` is the page’s path. */
export function procedureDataset(
	entries: readonly ProcedureEntry[],
	site: URL | undefined,
	now = new Date()
): ProcedureDataset {
	const procedures = byId(validated(entries)).map(({ id, data }) => ({
		id,
		url: pageAddress(id, site),
		...data,
	}));
	return { ...openData, generated: now.toISOString(), count: procedures.length, procedures };
}

/**
 * Builds `/data/procedures.csv`: one row per procedure, columns as documented in {@link columns};
 * without `site`, the `url` column holds each page’s path.
 */
export function procedureCsv(entries: readonly ProcedureEntry[], site: URL | undefined): string {
	const rows = byId(validated(entries)).map((entry) =>
		columns.map((column) => column.value(entry, site))
	);
	return toSpreadsheetCsv(
		columns.map((column) => column.name),
		rows
	);
}
