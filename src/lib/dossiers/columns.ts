/** Columns every dossier export must have, in the order the import documents them. */
export const requiredColumns = ['code', 'received_at', 'due_at', 'finished_at', 'channel'] as const;

/** Columns an export may add: the apology slip’s date and the one-stop system’s status text. */
export const optionalColumns = ['apology_at', 'status'] as const;

export type ColumnName = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];

/** Where each column sits in a row; optional columns may be absent. */
export interface ColumnLayout {
	/** Number of fields a row must have: the header’s length. */
	width: number;
	/** Index of each column in the row. */
	index: Record<(typeof requiredColumns)[number], number> &
		Partial<Record<(typeof optionalColumns)[number], number>>;
}

const known: ReadonlySet<string> = new Set([...requiredColumns, ...optionalColumns]);

/**
 * Reads the header row. Column names are matched without regard to case or surrounding spaces,
 * in any order. Unknown names are refused rather than ignored: a misspelt `apology_at` would
 * otherwise silently turn every apology into a missing one.
 */
export function readHeader(
	fields: readonly string[]
): { layout: ColumnLayout } | { error: string } {
	const names = fields.map((field) => field.trim().toLowerCase());
	const index: Partial<Record<ColumnName, number>> = {};
	const problems: string[] = [];
	names.forEach((name, position) => {
		if (!known.has(name)) {
			problems.push(`không có cột "${fields[position]?.trim()}"`);
		} else if (index[name as ColumnName] !== undefined) {
			problems.push(`cột "${name}" có hai lần`);
		} else {
			index[name as ColumnName] = position;
		}
	});
	const missing = requiredColumns.filter((name) => index[name] === undefined);
	if (missing.length > 0) problems.push(`thiếu cột ${missing.join(', ')}`);
	if (problems.length > 0) {
		return {
			error:
				`dòng tiêu đề sai: ${problems.join('; ')}. Cần các cột ${requiredColumns.join(',')}, ` +
				`có thể thêm ${optionalColumns.join(',')}`,
		};
	}
	return { layout: { width: names.length, index: index as ColumnLayout['index'] } };
}
