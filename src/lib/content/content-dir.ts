import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../cli/run';

/** The environment variable naming another content folder (benchmarks, a second catalogue). */
export const contentDirVariable = 'TTHC_CONTENT_DIR';

/** The content folder of a project, relative to its root; every content path constant starts with it. */
export const defaultContentDir = 'content';

/**
 * Where the build, `npm run check` and the CLI read content: a folder laid out like `content/`
 * (`procedures/`, optionally `review/`, `reviews/`, `dossiers/`), and the project root that
 * messages name files from.
 */
export interface ContentDir {
	/** The project root. */
	root: string;
	/** Absolute path of the content folder. */
	dir: string;
}

/** The project’s own `content/` folder under `root`. */
export function projectContentDir(root: string): ContentDir {
	return { root, dir: join(root, defaultContentDir) };
}

/**
 * The content folder `env.TTHC_CONTENT_DIR` names (relative values resolve from `root`), or the
 * project’s `content/` when unset. A named folder must exist and hold `procedures/`, so that a typo
 * fails with one message instead of building an empty site.
 */
export function contentDir(
	root: string,
	env: Readonly<Record<string, string | undefined>>
): ContentDir {
	const value = env[contentDirVariable]?.trim();
	if (!value) return projectContentDir(root);
	const dir = resolve(root, value);
	const problem = !existsSync(dir)
		? 'thư mục này không tồn tại'
		: !statSync(dir).isDirectory()
			? 'đây là một tệp, không phải thư mục'
			: !existsSync(join(dir, 'procedures'))
				? 'thư mục này không có thư mục con procedures/'
				: undefined;
	if (problem) {
		throw new UserError(
			`${contentDirVariable}: cần một thư mục nội dung bố trí như content/ (có procedures/, có thể thêm review/, reviews/, dossiers/); đang là "${value}", ${problem}`
		);
	}
	return { root, dir };
}

/**
 * Absolute path of a content file or folder, given as its path in the default layout
 * (`content/procedures`, `content/review/config.md`), so the constants double as documentation.
 */
export function contentPath(content: ContentDir, path: string): string {
	return join(content.dir, relative(defaultContentDir, path));
}

/**
 * How messages name a content file or folder given in the default layout: unchanged for the
 * project’s `content/`, relative to the project root inside it, absolute outside it.
 */
export function contentFile(content: ContentDir, path: string): string {
	return shownPath(content.root, contentPath(content, path));
}

/** A path as messages show it: relative to `root` when inside it, else absolute. */
export function shownPath(root: string, path: string): string {
	const inside = relative(root, path);
	return inside.split(sep)[0] === '..' || isAbsolute(inside) ? path : inside;
}

/**
 * The content folder of the running build: Astro’s config, loaders and pages run in the project
 * root with the environment of `npm run build`, so they all read the same folder.
 */
export function buildContentDir(): ContentDir {
	return contentDir(process.cwd(), process.env);
}
