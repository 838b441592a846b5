import { Document, parseDocument, type ToStringOptions } from 'yaml';

/**
 * How review files are written: sequences flush with their key, lines folded at 100 characters,
 * single quotes where quotes are needed. Documents use the YAML 1.1 schema so that a string such
 * as '2026-05-20' or '2.000635' is quoted: gray-matter (js-yaml) would read it as a date or a
 * number otherwise.
 */
export const yamlWriteOptions: ToStringOptions = {
	indentSeq: false,
	lineWidth: 100,
	singleQuote: true,
};

/** Parses front matter YAML keeping comments and the layout of every node. */
export function parseYaml(text: string): Document.Parsed {
	return parseDocument(text, { version: '1.1', keepSourceTokens: false });
}

/** A new YAML document for `value`, written in the style above. */
export function newYaml(value: unknown): Document {
	return new Document(value, { version: '1.1' });
}

/** The document as text, in the style above; line breaks as the file had them. */
export function yamlText(document: Document, newline = '\n'): string {
	const text = document.toString(yamlWriteOptions);
	return newline === '\n' ? text : text.replace(/\n/g, newline);
}
