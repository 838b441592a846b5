import { isMap, isScalar, type Document } from 'yaml';
import { UserError } from '../../cli/run';
import { reconcile } from './apply-data';
import { joinFrontMatter, splitFrontMatter } from './front-matter';
import { newYaml, parseYaml, yamlText } from './yaml-style';

/**
 * The text of a record file with its front matter set to `data`: comments, key order, quoting
 * and the Markdown body stay as they were, and an unchanged record gives back the very same text.
 */
export function updateRecordText(
	file: string,
	text: string,
	data: Record<string, unknown>
): string {
	const parts = splitFrontMatter(text);
	if (!parts)
		throw new UserError(`${file}: không có phần khai báo giữa hai dòng ---; không thể ghi`);
	const document = parseYaml(parts.yaml);
	if (document.errors.length > 0) {
		throw new UserError(
			`${file}: phần khai báo không phải YAML hợp lệ: ${document.errors[0]!.message}`
		);
	}
	const { node, changed } = reconcile(document, document.contents, data);
	if (!changed) return text;
	(document as Document).contents = node;
	return joinFrontMatter({ ...parts, yaml: yamlText(document, parts.newline) });
}

/** The plain data of a record file’s front matter, as the YAML reads it (no schema defaults). */
export function recordData(file: string, text: string): Record<string, unknown> {
	const parts = splitFrontMatter(text);
	if (!parts) throw new UserError(`${file}: không có phần khai báo giữa hai dòng ---`);
	const document = parseYaml(parts.yaml);
	if (document.errors.length > 0) {
		throw new UserError(
			`${file}: phần khai báo không phải YAML hợp lệ: ${document.errors[0]!.message}`
		);
	}
	const data = document.toJS() as unknown;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new UserError(`${file}: phần khai báo cần là các cặp tên: giá trị`);
	}
	return data as Record<string, unknown>;
}

/** Comments to put above top-level keys of a new file, without the leading `#`. */
export type KeyComments = Record<string, string>;

/** A new record file: a comment on top, comments above the sections, then the body. */
export function newRecordText(
	data: Record<string, unknown>,
	header: string,
	comments: KeyComments,
	body: string
): string {
	const document: Document = newYaml(data);
	document.commentBefore = prefixed(header);
	if (isMap(document.contents)) {
		for (const pair of document.contents.items) {
			const comment = isScalar(pair.key) ? comments[String(pair.key.value)] : undefined;
			if (comment && isScalar(pair.key)) pair.key.commentBefore = prefixed(comment);
		}
	}
	return joinFrontMatter({ yaml: yamlText(document), rest: `\n${body.trim()}\n`, newline: '\n' });
}

/** Comment text with a space after each `#`, the way people write YAML comments. */
function prefixed(text: string): string {
	return text
		.split('\n')
		.map((line) => ` ${line}`)
		.join('\n');
}
