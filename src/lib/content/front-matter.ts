import { load, YAMLException } from 'js-yaml';

/**
 * Front matter as Astro finds it (`@astrojs/markdown-remark`’s `parseFrontmatter`): an optional
 * byte-order mark or blank lines, then `---` (or `+++` for TOML), the YAML text, and the next line
 * starting `---`. Copied, not imported: that module loads the whole Markdown pipeline (2 s). A
 * test compares both on tricky texts, so an Astro upgrade that changes it fails there.
 */
const frontMatterPattern = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** A Markdown text split into its front matter and body. */
export interface SplitFile {
	/** Parsed front matter, as Astro’s collection gets it. */
	data: unknown;
	/** The YAML text between the delimiters. */
	yaml: string;
	/** Line of the file where `yaml` starts (the line of the opening `---`). */
	firstLine: number;
	/** Markdown below the front matter. */
	body: string;
}

/** Why a text has no readable front matter: no delimiters, TOML, or a YAML error at a line. */
export type FrontMatterError = { reason: string; line?: number };

/** Splits and parses the front matter the way Astro does; YAML is read by the same js-yaml. */
export function splitFrontMatter(text: string): SplitFile | FrontMatterError {
	const match = frontMatterPattern.exec(text);
	if (!match) return { reason: 'cần phần thông tin đầu tệp (front matter) nằm giữa hai dòng ---' };
	const yaml = match[1]!;
	const start = match.index + match[0].length - 3 - yaml.length;
	const firstLine = countNewlines(text, start) + 1;
	if (text.startsWith('+++', start - 3)) {
		return { reason: 'cần phần đầu tệp viết bằng YAML giữa hai dòng ---, không phải TOML (+++)' };
	}
	let data: unknown;
	try {
		data = load(yaml);
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		return {
			reason: `phần đầu tệp không đọc được như YAML: ${yamlReason(error.reason)}`,
			line: firstLine + error.mark.line,
		};
	}
	const body = text.slice(match.index + match[0].length).replace(/^[^\n]*\n?/, '');
	return { data, yaml, firstLine, body };
}

/** Common js-yaml reasons in Vietnamese; others are kept as js-yaml writes them. */
function yamlReason(reason: string): string {
	if (reason.startsWith('duplicated mapping key'))
		return 'một trường được viết hai lần (trùng tên trường)';
	if (reason.startsWith('bad indentation')) return 'thụt lề không đúng';
	if (reason.startsWith('end of the stream or a document separator is expected')) {
		return 'thụt lề hoặc dấu hai chấm không đúng';
	}
	if (reason.startsWith('unexpected end of the stream'))
		return 'tệp kết thúc giữa chừng (thiếu dấu đóng ], } hoặc ")';
	return reason;
}

function countNewlines(text: string, end: number): number {
	let count = 0;
	for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
	return count;
}
