import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import type { Problem } from '../validation/friendly-errors';

/** A Markdown file with front matter, read but not yet validated. */
export interface MarkdownFile {
	/** Path relative to the project root, for messages. */
	file: string;
	/** File name without `.md`: the entry id. */
	id: string;
	/** Parsed front matter. */
	data: Record<string, unknown>;
	/** Markdown body below the front matter. */
	body: string;
}

/** Either a file that parsed, or the problem that stopped it. */
export type ReadResult = { ok: true; value: MarkdownFile } | { ok: false; problem: Problem };

/** Lists the `.md` files of a folder (not drafts starting with `_`), sorted by name. */
export function listMarkdownFiles(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.filter((name) => name.endsWith('.md') && !name.startsWith('_')).sort();
}

/** Parses one Markdown text; YAML errors come back as a problem with the line number. */
export function parseMarkdown(file: string, text: string): ReadResult {
	const id = file.replace(/^.*\//, '').replace(/\.md$/, '');
	try {
		// The empty options object matters: gray-matter caches by content and shares `data`
		// between calls otherwise, so one caller's mutation leaks into the next parse.
		const parsed = matter(text, {});
		const data = parsed.data as unknown;
		if (data === null || typeof data !== 'object' || Array.isArray(data)) {
			return { ok: false, problem: { file, path: '', message: 'expected front matter between --- lines', severity: 'error' } };
		}
		return { ok: true, value: { file, id, data: data as Record<string, unknown>, body: parsed.content } };
	} catch (error) {
		return { ok: false, problem: yamlProblem(file, error) };
	}
}

/** Reads and parses every Markdown file of `dir`; `root` makes the paths in messages relative. */
export function readMarkdownDir(dir: string, root: string): ReadResult[] {
	return listMarkdownFiles(dir).map((name) => {
		const path = join(dir, name);
		const file = relative(root, path);
		return parseMarkdown(file, readFileSync(path, 'utf8'));
	});
}

/** Describes a YAML syntax error with its line, counting from the top of the file. */
function yamlProblem(file: string, error: unknown): Problem {
	const yamlError = error as { reason?: string; mark?: { line?: number } };
	// js-yaml counts lines from 0 inside the front matter; the opening `---` is line 1 of the file.
	const line = typeof yamlError.mark?.line === 'number' ? yamlError.mark.line + 2 : undefined;
	const reason = yamlError.reason ?? (error instanceof Error ? error.message : String(error));
	return {
		file: line ? `${file}:${line}` : file,
		path: '',
		message: `front matter is not valid YAML: ${reason}`,
		severity: 'error',
	};
}
