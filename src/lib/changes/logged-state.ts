import { readFileSync, statSync } from 'node:fs';
import { loggedStateSchema } from '../../schemas/logged-state';
import { unreadable } from '../content/read-markdown';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import type { TrackedItem, TrackedProcedure } from './tracked-values';

/** The state the change log last recorded, by procedure id. */
export type LoggedState = Map<string, TrackedProcedure>;

/** The file holding it, relative to the change log folder. */
export const loggedStateFile = 'logged-state.jsonl';

/** What reading the logged state gives: the state, or the problems that keep it from being used. */
export type LoggedStateRead = { ok: true; state: LoggedState } | { ok: false; problems: Problem[] };

/**
 * Reads the logged state file at `path` (`file` names it in messages), `undefined` when there is
 * none: the log has not started. A folder or an unreadable file in its place is one problem.
 */
export function readLoggedStateFile(path: string, file: string): LoggedStateRead | undefined {
	const stat = statSync(path, { throwIfNoEntry: false });
	if (!stat) return undefined;
	const fail = (message: string): LoggedStateRead => ({
		ok: false,
		problems: [{ file, path: '', message, severity: 'error' }],
	});
	if (!stat.isFile()) return fail('cần một tệp JSON Lines; đang là một thư mục');
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return fail(unreadable(error));
	}
	return parseLoggedState(file, text);
}

/**
 * Reads the logged state: one JSON object per line. A line that is not JSON or not a state gives
 * a problem naming the file and line, and the state is not used.
 */
export function parseLoggedState(file: string, text: string): LoggedStateRead {
	const state: LoggedState = new Map();
	const problems: Problem[] = [];
	text.split('\n').forEach((line, index) => {
		if (line.trim() === '') return;
		let data: unknown;
		try {
			data = JSON.parse(line);
		} catch {
			problems.push({
				file,
				line: index + 1,
				path: '',
				message: 'cần một dòng JSON; dòng này không đọc được (tệp do công cụ ghi, đừng sửa tay)',
				severity: 'error',
			});
			return;
		}
		const parsed = loggedStateSchema.safeParse(data);
		if (!parsed.success) {
			const found = problemsFromZodError(file, parsed.error, data);
			problems.push(...found.map((problem) => ({ ...problem, line: index + 1 })));
			return;
		}
		const { id, name, state: status, values } = parsed.data;
		const items = Object.fromEntries(
			Object.entries(values).map(([field, list]) => [
				field,
				list.map(([key, text]): TrackedItem => [key, text ?? key]),
			])
		) as TrackedProcedure['values'];
		state.set(id, { name, state: status, values: items });
	});
	return problems.length > 0 ? { ok: false, problems } : { ok: true, state };
}

/** Writes the logged state sorted by id, one procedure per line, so a change shows as one line. */
export function renderLoggedState(state: LoggedState): string {
	const ids = [...state.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return ids
		.map((id) => {
			const { name, state: status, values } = state.get(id)!;
			const items = Object.fromEntries(
				Object.entries(values).map(([field, list]) => [
					field,
					list.map(([key, text]) => (key === text ? [key] : [key, text])),
				])
			);
			return `${JSON.stringify({ id, name, state: status, values: items })}\n`;
		})
		.join('');
}
