import { facetsOf, type Facets } from '../procedure/facets';
import type { ProcedureEntry } from '../procedure/entry';
import { listLine } from '../procedure/facts';
import { statusLabels } from '../procedure/status';
import { searchKey } from './normalize';

/**
 * One procedure in the instant-search index (`/search-index.json`). Short keys keep the file
 * small; display text stays as written, search text is pre-folded once at build time.
 */
export interface SearchRecord {
	/** Entry id: the page is `/thu-tuc/<id>/`. */
	id: string;
	/** National code, or `null`. */
	code: string | null;
	/** Name as published, for display and exact-spelling ranking. */
	name: string;
	/** Field as published. */
	field: string;
	/** Name and keywords in search form ({@link searchKey}). */
	k: string;
	/** Field in search form. */
	f: string;
	/**
	 * One line for the result list: facts, e.g. “5 ngày làm việc · Miễn phí”, or for a procedure
	 * the Department no longer handles, where to go now (never its old fee or time limit).
	 */
	facts: string;
	/** Status label when the Department no longer handles it, else absent. */
	status?: string;
	facets: Facets;
}

/** Builds the search record of one procedure. */
export function toSearchRecord({ id, data }: ProcedureEntry): SearchRecord {
	const facets = facetsOf(data);
	const record: SearchRecord = {
		id,
		code: data.code,
		name: data.name,
		field: data.field,
		k: searchKey([data.name, ...data.keywords].join(' ')),
		f: searchKey(data.field),
		facts: listLine(data),
		facets,
	};
	if (data.status.state !== 'active') record.status = statusLabels[data.status.state];
	return record;
}
