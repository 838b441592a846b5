import { slugify } from '../text/fold';
import type { ProcedureEntry } from './entry';

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), case and tone aware. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sorts procedures by name in Vietnamese order, without changing the input. */
export function sortByName<T extends ProcedureEntry>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => viCollator.compare(a.data.name, b.data.name));
}

/** A field (lĩnh vực) with its page slug and number of procedures. */
export interface FieldSummary {
	slug: string;
	name: string;
	count: number;
}

/** The fields of the catalogue in Vietnamese order, each with its procedure count. */
export function fieldsOf(entries: readonly ProcedureEntry[]): FieldSummary[] {
	const byName = new Map<string, FieldSummary>();
	for (const { data } of entries) {
		const field = byName.get(data.field) ?? {
			slug: slugify(data.field),
			name: data.field,
			count: 0,
		};
		field.count++;
		byName.set(data.field, field);
	}
	return [...byName.values()].sort((a, b) => viCollator.compare(a.name, b.name));
}

/**
 * The index letter of a name: its first letter without tone or vowel marks, except Đ, which is a
 * letter of its own in Vietnamese and where readers look for “Đăng ký”.
 */
export function initialOf(name: string): string {
	const first = name.trim().charAt(0).toLocaleUpperCase('vi');
	if (first === 'Đ') return 'Đ';
	return first.normalize('NFD').charAt(0);
}

/** Groups procedures by index letter, letters and names in Vietnamese order. */
export function groupByInitial<T extends ProcedureEntry>(
	entries: readonly T[]
): { letter: string; entries: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const entry of sortByName(entries)) {
		const letter = initialOf(entry.data.name);
		groups.set(letter, [...(groups.get(letter) ?? []), entry]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => viCollator.compare(a, b))
		.map(([letter, list]) => ({ letter, entries: list }));
}
