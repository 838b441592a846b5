import type { ProcedureInput } from '../../schemas/procedure';
import { parseMarkdown } from '../content/read-markdown';
import { renderFile, splitFile, toFrontMatter } from './serialize-procedure';

/** What to do with one procedure file. */
export type WritePlan =
	| { action: 'new'; text: string }
	| { action: 'unchanged' }
	| {
			action: 'differs';
			keys: string[];
			text: string;
			/** The front matter on disk, or `undefined` when it is not readable YAML. */
			before?: Record<string, unknown>;
			/** The front matter the source gives, as it would be written. */
			after: Record<string, unknown>;
	  };

/**
 * Keys officers edit by hand: citizens’ search words and the hand-written “Cách làm”. The
 * importer carries them over from the file instead of comparing them; no source gives them.
 */
export const handEditedKeys = new Set(['keywords', 'plainSteps']);

/**
 * Compares what the source gives with the file already on disk. A new file gets the front matter
 * and `body`; an existing file is `unchanged` when its front matter means the same, otherwise it
 * `differs` in the listed top-level keys and `text` rewrites the front matter but keeps its body.
 */
export function planWrite(
	file: string,
	procedure: ProcedureInput,
	body: string,
	existing: string | undefined
): WritePlan {
	if (existing === undefined)
		return { action: 'new', text: renderFile(toFrontMatter(procedure), body) };
	const kept = splitFile(existing)?.body ?? existing;
	const parsed = parseMarkdown(file, existing);
	if (!parsed.ok) {
		const after = toFrontMatter(procedure);
		return {
			action: 'differs',
			keys: ['(phần đầu YAML không đọc được)'],
			text: checkedRender(file, after, kept),
			after,
		};
	}
	const current = parsed.value.data;
	const handEdited = Object.fromEntries(
		[...handEditedKeys]
			.filter((key) => current[key] !== undefined)
			.map((key) => [key, current[key]])
	);
	const target = toFrontMatter({ ...procedure, ...handEdited } as ProcedureInput);
	const keys = [...new Set([...Object.keys(target), ...Object.keys(current)])].filter(
		(key) => !handEditedKeys.has(key) && canonicalJson(target[key]) !== canonicalJson(current[key])
	);
	if (keys.length === 0) return { action: 'unchanged' };
	return {
		action: 'differs',
		keys,
		text: checkedRender(file, target, kept),
		before: current,
		after: target,
	};
}

/**
 * Renders a file and reads it back the way the content check does; a value that would come back
 * different (a YAML quoting slip) stops the run instead of writing a file that says something else.
 */
function checkedRender(file: string, data: Record<string, unknown>, body: string): string {
	const text = renderFile(data, body);
	const back = parseMarkdown(file, text);
	if (!back.ok || canonicalJson(back.value.data) !== canonicalJson(data)) {
		throw new Error(
			`${file}: phần đầu (front matter) sẽ không đọc lại được đúng như khi ghi; không ghi tệp nào`
		);
	}
	return text;
}

/** JSON with object keys sorted, so values that mean the same compare equal whatever their order. */
export function canonicalJson(value: unknown): string {
	return (
		JSON.stringify(value, (_key, item: unknown) => {
			if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
			return Object.fromEntries(
				Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			);
		}) ?? 'undefined'
	);
}
