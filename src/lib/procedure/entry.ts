import type { Procedure } from '../../schemas/procedure';

/** A procedure as pages and data files use it: its id (file name) and validated data. */
export interface ProcedureEntry {
	/** File name without `.md`: the national code (`2.002039`) or an ASCII slug. */
	id: string;
	data: Procedure;
}

/** Address of a procedure’s page, e.g. `/thu-tuc/2.002039/`. */
export function procedureUrl(id: string): string {
	return `/thu-tuc/${id}/`;
}
