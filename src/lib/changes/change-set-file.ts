import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeSet, ChangeSetKind } from '../../schemas/change-set';
import { renderYaml } from '../import/serialize-procedure';

/** The change log folder, relative to the project root. */
export const changeLogDir = 'content/changes';

/**
 * The path of a new change set in `dir`: `<date>-<n>-<kind>.md`, `n` counting the change sets of
 * that day (1, 2, …), so the files sort in the order they were made and none is overwritten.
 */
export function newChangeSetPath(dir: string, date: string, kind: ChangeSetKind): string {
	const names = existsSync(dir) ? readdirSync(dir) : [];
	const taken = names.flatMap((name) => {
		const match = /^(\d{4}-\d{2}-\d{2})-(\d+)-/.exec(name);
		return match && match[1] === date ? [Number(match[2])] : [];
	});
	const number = Math.max(0, ...taken) + 1;
	return join(dir, `${date}-${number}-${kind}.md`);
}

/** Orders change set files as they were made: by day, then by their number within the day. */
export function compareChangeSetFiles(a: string, b: string): number {
	return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * A change set as a file: YAML between `---` lines, keys in a fixed order so every file reads
 * the same way, values quoted where YAML 1.1 readers would change them (dates, codes).
 */
export function renderChangeSet(set: ChangeSet): string {
	const data = {
		date: set.date,
		kind: set.kind,
		...(set.effective ? { effective: set.effective } : {}),
		...(set.decision ? { decision: set.decision } : {}),
		...(set.note ? { note: set.note } : {}),
		...(set.procedureCount !== undefined ? { procedureCount: set.procedureCount } : {}),
		changes: set.changes.map((change) => ({
			id: change.id,
			name: change.name,
			change: change.change,
			...(change.decision ? { decision: change.decision } : {}),
			...(change.fields.length > 0
				? {
						fields: change.fields.map((field) => ({
							field: field.field,
							...(field.item !== undefined ? { item: field.item } : {}),
							...(field.before !== undefined ? { before: field.before } : {}),
							...(field.after !== undefined ? { after: field.after } : {}),
						})),
					}
				: {}),
		})),
	};
	return `---\n${renderYaml(data)}---\n`;
}
