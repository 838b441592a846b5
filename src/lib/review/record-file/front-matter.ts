/** A Markdown file cut into its front matter (the YAML between the `---` lines) and the rest. */
export interface FrontMatterParts {
	/** The YAML text, with its final line break. */
	yaml: string;
	/** Everything after the closing `---` line, kept byte for byte: the body and its blank lines. */
	rest: string;
	/** The line break the file uses, `\n` or `\r\n`. */
	newline: string;
}

const pattern = /^---(\r?\n)([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Splits a Markdown text; `undefined` when it does not start with a front matter block. */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
	const match = pattern.exec(text);
	if (!match) return undefined;
	return { yaml: match[2] ?? '', rest: text.slice(match[0].length), newline: match[1]! };
}

/** Puts a front matter block and the rest back together. */
export function joinFrontMatter(parts: FrontMatterParts): string {
	const { yaml, rest, newline } = parts;
	return `---${newline}${yaml}---${newline}${rest}`;
}
