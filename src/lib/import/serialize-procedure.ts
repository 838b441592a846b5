import { procedureSchema, type ProcedureInput } from '../../schemas/procedure';
import { yamlPackage } from '../content/yaml-package';

/** Front matter keys in the order the schema declares them, so every file reads the same way. */
export const frontMatterKeys = Object.keys(procedureSchema.shape);

/** Lists left out of the file when empty: they are extras, not components a reader looks for. */
const omitWhenEmpty = new Set<string>(['forms', 'related', 'keywords', 'flags']);

/**
 * The front matter of a procedure as a plain object: keys in schema order, `undefined` values
 * and empty extra lists left out, nested objects copied so the YAML writer never emits aliases.
 */
export function toFrontMatter(procedure: ProcedureInput): Record<string, unknown> {
	const data = procedure as Record<string, unknown>;
	const result: Record<string, unknown> = {};
	for (const key of frontMatterKeys) {
		const value = prune(data[key]);
		if (value === undefined) continue;
		if (omitWhenEmpty.has(key) && Array.isArray(value) && value.length === 0) continue;
		result[key] = value;
	}
	return result;
}

/** A deep copy without `undefined` values. */
function prune(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(prune);
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			const pruned = prune(item);
			if (pruned !== undefined) copy[key] = pruned;
		}
		return copy;
	}
	return value;
}

/**
 * Writes front matter as YAML that both YAML 1.1 (gray-matter’s js-yaml 3) and 1.2 readers take
 * back unchanged: under 1.1 rules codes such as `2.002039`, dates and words like `yes` are quoted.
 * Long lines are not folded, so a changed value shows as one changed line in a diff.
 */
export function renderYaml(data: Record<string, unknown>): string {
	return yamlPackage().stringify(data, {
		version: '1.1',
		lineWidth: 0,
		singleQuote: true,
		aliasDuplicateObjects: false,
	});
}

/** A whole procedure file: front matter between `---` lines, then the body as it is. */
export function renderFile(data: Record<string, unknown>, body: string): string {
	return `---\n${renderYaml(data)}---\n${body}`;
}

/** Splits a file into its front matter text and its body, or `undefined` when it has no front matter. */
export function splitFile(text: string): { frontMatter: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return undefined;
	return { frontMatter: match[1] ?? '', body: text.slice(match[0].length) };
}
