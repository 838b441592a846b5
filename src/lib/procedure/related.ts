import { createSearch } from '../search/engine';
import { toSearchRecord } from '../search/records';
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

let similarIndex: { key: string; search: ReturnType<typeof createSearch> } | null = null;

/**
 * Active procedures of the same field whose names are closest to this one’s, e.g. “Cấp lại Thẻ
 * công chứng viên” beside “Cấp thẻ công chứng viên”. The national database rarely fills “thủ tục
 * liên quan”, and a citizen who lost a card or wants to change a registration looks for exactly
 * these. Uses the site’s own search, built once per catalogue.
 */
export function similarProcedures(
	entry: ProcedureEntry,
	catalogue: readonly ProcedureEntry[],
	limit = 4
): ProcedureEntry[] {
	const key = catalogue.map((e) => e.id).join('\n');
	if (similarIndex?.key !== key)
		similarIndex = { key, search: createSearch(catalogue.map(toSearchRecord)) };
	const byId = new Map(catalogue.map((e) => [e.id, e]));
	// `nearest`, not the search itself: another name rarely holds enough of a long official name
	// to count as a match, yet the closest ones are what a citizen wants beside it.
	return similarIndex.search
		.nearest(entry.data.name, 30, 0.1)
		.map((hit) => byId.get(hit.record.id))
		.filter((other): other is ProcedureEntry => {
			if (!other || other.id === entry.id) return false;
			return other.data.field === entry.data.field && other.data.status.state === 'active';
		})
		.slice(0, limit);
}
