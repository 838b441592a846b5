import type { Node } from 'yaml';
import type { DataPath } from '../validation/friendly-errors';
import { yamlPackage } from './yaml-package';

/** A value of the front matter as it is written in the file, with where it is. */
export interface SourceValue {
	path: DataPath;
	/** The text of the value exactly as written, e.g. `50.000`. */
	raw: string;
	/** The value YAML reads from it. */
	value: unknown;
	line: number;
}

/** What the YAML text says beyond its data: where each value is, and how it is written. */
export interface YamlSource {
	/** Line of the value at `path` (of its field name for a field), or of its nearest parent. */
	lineOf(path: DataPath): number | undefined;
	/** Every scalar value (number, text, true/false, date) with its raw text. */
	scalars: SourceValue[];
}

/**
 * Maps the front matter `yaml` (the text between the `---` lines) to lines of the file, the
 * first line of `yaml` being line `firstLine`. The data itself comes from the same parser as
 * Astro’s; this second reading only locates values, so a text it cannot read locates nothing.
 */
export function yamlSource(yaml: string, firstLine: number): YamlSource {
	const { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } = yamlPackage();
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter, uniqueKeys: false, prettyErrors: false });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const keyLines = new Map<string, number>();
	const scalars: SourceValue[] = [];
	const visit = (node: unknown, path: DataPath) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (!isPair(pair) || !isScalar(pair.key)) continue;
				const childPath = [...path, String(pair.key.value)];
				const keyRange = (pair.key as Node).range;
				if (keyRange) keyLines.set(pathKey(childPath), lineAt(keyRange[0]));
				visit(pair.value, childPath);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => {
				const range = (item as Node | null)?.range;
				if (range) keyLines.set(pathKey([...path, index]), lineAt(range[0]));
				visit(item, [...path, index]);
			});
		} else if (isScalar(node) && node.range) {
			const [start, end] = node.range;
			scalars.push({ path, raw: yaml.slice(start, end), value: node.value, line: lineAt(start) });
		}
	};
	if (document.errors.length === 0) visit(document.contents, []);
	return {
		lineOf(path) {
			for (let length = path.length; length > 0; length--) {
				const line = keyLines.get(pathKey(path.slice(0, length)));
				if (line !== undefined) return line;
			}
			return undefined;
		},
		scalars,
	};
}

function pathKey(path: DataPath): string {
	return JSON.stringify(path);
}
