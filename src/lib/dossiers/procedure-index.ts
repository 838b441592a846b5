/** A procedure as the dossier statistics need it. */
export interface ProcedureRef {
	/** Entry id: the national code, or the ASCII slug of a procedure without one. */
	id: string;
	/** National code, when it has one. */
	code: string | null;
}

/** Finds the procedure id for the `code` column of a dossier export. */
export type ProcedureIndex = (code: string) => string | null;

/** Builds the lookup from national codes and ids to procedure ids. */
export function indexProcedures(procedures: Iterable<ProcedureRef>): ProcedureIndex {
	const ids = new Map<string, string>();
	for (const { id, code } of procedures) {
		ids.set(id, id);
		if (code) ids.set(code, id);
	}
	return (code) => {
		const value = code.trim();
		return ids.get(value) ?? ids.get(repairSpreadsheetCode(value)) ?? null;
	};
}

/**
 * Restores the trailing zeros a spreadsheet strips when it reads a code as a number
 * (`1.000390` → `1.00039`). The national format is one digit, a dot and six digits, so padding
 * with zeros on the right is the only reading.
 */
export function repairSpreadsheetCode(code: string): string {
	return /^\d\.\d{1,5}$/.test(code) ? code.padEnd(8, '0') : code;
}
