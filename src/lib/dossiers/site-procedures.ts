import type { SiteProcedure } from './year-reports';

/** Turns catalogue entries (from `getCollection('procedures')`) into what the dossier pages need. */
export function siteProcedures(
	entries: readonly { id: string; data: { code: string | null; name: string; field: string } }[]
): SiteProcedure[] {
	return entries.map(({ id, data }) => ({
		id,
		code: data.code,
		name: data.name,
		field: data.field,
	}));
}
