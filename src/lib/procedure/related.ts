import { foldVi } from '../text/fold';
import type { ProcedureEntry } from './entry';

/** A related procedure: a catalogue entry when found, otherwise the text as the source gives it. */
export type RelatedLink =
	| { entry: ProcedureEntry; text?: undefined }
	| { entry?: undefined; text: string };

/**
 * Resolves the `related` list (national codes or names) against the catalogue, so that related
 * procedures become links; unknown ones stay as text rather than disappearing.
 */
export function resolveRelated(
	related: readonly string[],
	catalogue: readonly ProcedureEntry[]
): RelatedLink[] {
	const byCode = new Map(
		catalogue.filter((e) => e.data.code).map((e) => [e.data.code as string, e])
	);
	const byName = new Map(catalogue.map((e) => [foldVi(e.data.name), e]));
	return related.map((text) => {
		const entry = byCode.get(text.trim()) ?? byName.get(foldVi(text));
		return entry ? { entry } : { text };
	});
}

/** Finds the catalogue entry of a national code, e.g. a successor procedure. */
export function entryByCode(
	code: string | undefined,
	catalogue: readonly ProcedureEntry[]
): ProcedureEntry | undefined {
	return code ? catalogue.find((entry) => entry.data.code === code) : undefined;
}
