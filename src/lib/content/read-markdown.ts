import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataPath, Problem } from '../validation/friendly-errors';
import type { ProcedureSummary } from './procedure-summary';
import { isContentFileName, isSkippedName } from './content-glob';
import { shownPath } from './content-dir';
import { splitFrontMatter } from './front-matter';
import { fileTooLarge } from './file-size';
import { markdownSizeLimit } from './size-limits';
import { mayBreakSourceRules, sourceProblems } from './source-rules';
import { yamlSource, type YamlSource } from './yaml-source';

/** A Markdown file with front matter, read but not yet validated. */
export interface MarkdownFile {
	/** Path relative to the project root (absolute for content outside it), for messages. */
	file: string;
	/** File name without `.md`: the entry id. */
	id: string;
	/** Parsed front matter. */
	data: Record<string, unknown>;
	/** Markdown body below the front matter. */
	body: string;
	/** Line of the file holding the value at a path of `data`. */
	lineOf(path: DataPath): number | undefined;
	/** Problems in how values are written (`50.000`, decomposed Unicode), found before any schema. */
	sourceProblems: Problem[];
	/**
	 * Set when `data` is already the output of the file’s schema, read from the validated-content
	 * cache (content-cache.ts) because the file has not changed since it passed.
	 */
	validated?: true;
	/**
	 * With `validated`: the procedure’s summary as the cache kept it (procedure-summary.ts); `data`
	 * and `body` are then read from the cache only when first asked for.
	 */
	summary?: ProcedureSummary;
}

/** Reads one file, `file` being relative to `root`: {@link readMarkdownFile} or a cache in front of it. */
export type FileReader = (root: string, file: string) => ReadResult;

/**
 * Either a file that parsed, or the one problem that stopped it. A file that failed still has its
 * id, so rules across files know it exists and do not report its dependants as dangling.
 */
export type ReadResult =
	| { ok: true; value: MarkdownFile }
	| { ok: false; file: string; id: string; problem: Problem };

/** Lists the content `.md` files of a folder (not drafts starting with `_`), sorted by name. */
export function listMarkdownFiles(dir: string): string[] {
	return readFolder(dir)
		.filter((entry) => isContentFileName(entry.name) && !entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/** Parses one Markdown text; YAML errors come back as a problem with the line number. */
export function parseMarkdown(file: string, text: string): ReadResult {
	const id = idOf(file);
	const split = splitFrontMatter(text);
	if ('reason' in split) return failure(file, split.reason, split.line);
	const { data, yaml, firstLine, body } = split;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return failure(file, 'cần phần đầu tệp là các dòng “tên trường: giá trị” giữa hai dòng ---');
	}
	// Locating values means a second parse; most files are valid, so it is done only when needed.
	let source: YamlSource | undefined;
	const locate = () => (source ??= yamlSource(yaml, firstLine));
	return {
		ok: true,
		value: {
			file,
			id,
			data: data as Record<string, unknown>,
			body,
			lineOf: (path) => locate().lineOf(path),
			sourceProblems: mayBreakSourceRules(yaml) ? sourceProblems(file, locate().scalars) : [],
		},
	};
}

/**
 * Reads and parses one file, `file` being relative to `root`. Whatever is wrong with the file
 * itself (a folder, a broken link, too large, not UTF-8, unreadable) is one problem naming it.
 * `sizeLimit` is the largest file read (see size-limits.ts).
 */
export function readMarkdownFile(
	root: string,
	file: string,
	sizeLimit: number = markdownSizeLimit
): ReadResult {
	const path = resolve(root, file);
	let size: number;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) return failure(file, 'cần một tệp .md; đang là một thư mục');
		size = stat.size;
	} catch (error) {
		return failure(file, unreadable(error));
	}
	if (size > sizeLimit) {
		return failure(file, fileTooLarge(size, sizeLimit, 'rút gọn phần ghi chú bên dưới'));
	}
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return failure(file, unreadable(error));
	}
	if (text.includes('\uFFFD')) {
		return failure(
			file,
			'cần tệp lưu bằng mã UTF-8; tệp có ký tự không đọc được (có thể lưu bằng Windows-1258 hoặc TCVN3): mở tệp và lưu lại với mã UTF-8'
		);
	}
	return parseMarkdown(file, text);
}

/**
 * Reads every content file of `dir` with `read`; `root` makes the paths in messages relative. Files in
 * subfolders are not content (see content-glob.ts): each one is reported, so that a procedure
 * moved into a folder does not silently disappear from the site.
 */
export function readMarkdownDir(
	dir: string,
	root: string,
	read: FileReader = readMarkdownFile
): ReadResult[] {
	const results: ReadResult[] = [];
	const entries = readFolder(dir);
	// Folders already visited, so that a link back up the tree is followed once.
	const seen = new Set(entries.length > 0 ? [realpathSync(dir)] : []);
	// Shown the way shownPath shows each file, worked out once for the folder.
	const shownDir = shownPath(root, dir);
	for (const entry of entries) {
		const file = join(shownDir, entry.name);
		if (entry.isDirectory()) {
			if (isContentFileName(entry.name)) results.push(read(root, file));
			else if (!isSkippedName(entry.name)) results.push(...subfolderFiles(root, dir, file, seen));
		} else if (isContentFileName(entry.name)) {
			results.push(read(root, file));
		} else if (/\.(md|markdown)$/i.test(entry.name) && !isSkippedName(entry.name)) {
			results.push(
				failure(file, 'cần tên tệp kết thúc bằng .md viết thường; tệp này đang không được đọc')
			);
		}
	}
	return results;
}

/**
 * Content-like files found below a subfolder: each is an error, since nothing reads it. Each
 * folder is visited once, so a link pointing back up the tree cannot loop.
 */
function subfolderFiles(
	root: string,
	base: string,
	folder: string,
	seen: Set<string>
): ReadResult[] {
	const real = realpathSync(resolve(root, folder));
	if (seen.has(real)) return [];
	seen.add(real);
	const shown = shownPath(root, base);
	return readFolder(resolve(root, folder)).flatMap((entry) => {
		const file = join(folder, entry.name);
		if (entry.isDirectory()) {
			return isSkippedName(entry.name) ? [] : subfolderFiles(root, base, file, seen);
		}
		if (!isContentFileName(entry.name)) return [];
		return [failure(file, `tệp trong thư mục con không được đọc; chuyển tệp lên ${shown}/`)];
	});
}

/** Entries of a folder, sorted by name, with links resolved; `[]` when the folder is missing. */
function readFolder(dir: string): Dirent[] {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	return entries
		.map((entry) => (entry.isSymbolicLink() ? resolvedLink(dir, entry) : entry))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A symbolic link as what it points to; a broken link stays a link and fails when read. */
function resolvedLink(dir: string, entry: Dirent): Dirent {
	try {
		const target = statSync(join(dir, entry.name));
		return Object.assign(Object.create(Object.getPrototypeOf(entry) as object) as Dirent, entry, {
			isDirectory: () => target.isDirectory(),
			isFile: () => target.isFile(),
		});
	} catch {
		return entry;
	}
}

/** Why a file listed in a folder could not be read, for the officer: a broken link, no permission… */
export function unreadable(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT')
		return 'không mở được: là một liên kết (symlink) trỏ tới tệp không còn tồn tại';
	if (code === 'EACCES' || code === 'EPERM') return 'không có quyền đọc tệp này';
	return `không đọc được tệp (${code ?? String(error)})`;
}

function failure(file: string, message: string, line?: number): ReadResult & { ok: false } {
	return {
		ok: false,
		file,
		id: idOf(file),
		problem: { file, ...(line ? { line } : {}), path: '', message, severity: 'error' },
	};
}

function idOf(file: string): string {
	return file.replace(/^.*\//, '').replace(/\.md$/, '');
}
