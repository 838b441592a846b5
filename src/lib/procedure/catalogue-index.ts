import { foldVi } from '../text/fold';
import type { ProcedureEntry } from './entry';
import { similarProcedures } from './similar';
import { fieldsOf, sortByName, type FieldSummary } from './sort';

/** A related procedure: a catalogue entry when found, otherwise the text as the source gives it. */
export type RelatedLink<T extends ProcedureEntry = ProcedureEntry> =
	| { entry: T; text?: undefined }
	| { entry?: undefined; text: string };

/**
 * What every page of a build asks of the catalogue, computed once: lookups by code and name,
 * the fields and their procedures, and the similar procedures of each. A page then does constant
 * work, however large the catalogue.
 */
export interface CatalogueIndex<T extends ProcedureEntry = ProcedureEntry> {
	entries: readonly T[];
	/** The fields in Vietnamese order, each with its procedure count. */
	fields: FieldSummary[];
	/** The procedures of a field, by name. */
	inField(field: string): T[];
	/** The entry of a national code, e.g. a successor procedure. */
	byCode(code: string | undefined): T | undefined;
	/**
	 * Resolves a `related` list (national codes or names), so that related procedures become
	 * links; unknown ones stay as text rather than disappearing.
	 */
	related(texts: readonly string[]): RelatedLink<T>[];
	/** Active procedures of the same field with the closest names (see similar.ts). */
	similar(id: string): T[];
}

/** Indexes the catalogue in one pass; the similar procedures are computed on first use. */
export function indexCatalogue<T extends ProcedureEntry>(entries: readonly T[]): CatalogueIndex<T> {
	const byCode = new Map<string, T>();
	const byName = new Map<string, T>();
	const byField = new Map<string, T[]>();
	for (const entry of entries) {
		// The first entry wins, as `Array.find` did before the index.
		if (entry.data.code && !byCode.has(entry.data.code)) byCode.set(entry.data.code, entry);
		const name = foldVi(entry.data.name);
		if (!byName.has(name)) byName.set(name, entry);
		const field = byField.get(entry.data.field);
		if (field) field.push(entry);
		else byField.set(entry.data.field, [entry]);
	}
	const sortedFields = new Map([...byField].map(([field, list]) => [field, sortByName(list)]));
	let similar: Map<string, ProcedureEntry[]> | undefined;
	return {
		entries,
		fields: fieldsOf(entries),
		inField: (field) => sortedFields.get(field) ?? [],
		byCode: (code) => (code ? byCode.get(code) : undefined),
		related: (texts) =>
			texts.map((text) => {
				const entry = byCode.get(text.trim()) ?? byName.get(foldVi(text));
				return entry ? { entry } : { text };
			}),
		similar: (id) => ((similar ??= similarProcedures(entries)).get(id) ?? []) as T[],
	};
}
