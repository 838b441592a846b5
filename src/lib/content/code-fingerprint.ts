import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCodeRoot } from '../cli/code-root';

/**
 * The folders of the code that decides whether a content file is valid and what it reads as: the
 * schemas and every module they or the checks import (a test keeps this list complete).
 */
export const checkingCodeFolders = [
	'src/schemas',
	'src/config',
	'src/lib/content',
	'src/lib/validation',
	'src/lib/text',
	'src/lib/format',
	'src/lib/documents',
	'src/lib/cli',
	// The summary kept beside each procedure (procedure-summary.ts) is computed by these.
	'src/lib/procedure',
	'src/lib/review',
];

/** Packages that parse and validate content: another version may read a file differently. */
const checkingPackages = ['astro', 'zod', 'js-yaml', 'yaml'];

/**
 * A hash of the code that checks content, read from the project’s own files, so that a cache of
 * validated content is ignored as soon as a schema or a rule changes. `null` when the sources
 * cannot be found (the code runs from somewhere else): nothing may then be cached.
 */
export function checkingCodeFingerprint(): string | null {
	return codeFingerprint(checkingCodeFolders, checkingPackages);
}

const memo = new Map<string, string | null>();

/**
 * A hash of the TypeScript files under `folders` of the project’s source tree and of the versions
 * of `packages`: what a cache of results those compute is keyed by. Computed once per process;
 * `null` when the sources cannot be found.
 */
export function codeFingerprint(
	folders: readonly string[],
	packages: readonly string[]
): string | null {
	const key = [...folders, '', ...packages].join('\n');
	if (memo.has(key)) return memo.get(key)!;
	const value = hashCode(folders, packages);
	memo.set(key, value);
	return value;
}

function hashCode(folders: readonly string[], packages: readonly string[]): string | null {
	const codeRoot = findCodeRoot();
	if (!codeRoot) return null;
	const hash = createHash('sha256');
	try {
		for (const folder of folders) {
			const files = readdirSync(join(codeRoot, folder), { recursive: true, encoding: 'utf8' });
			for (const file of files.filter((name) => /\.tsx?$/.test(name)).sort()) {
				hash.update(`${folder}/${file}\0`).update(readFileSync(join(codeRoot, folder, file)));
			}
		}
		for (const name of packages) {
			const manifest = JSON.parse(
				readFileSync(join(codeRoot, 'node_modules', name, 'package.json'), 'utf8')
			) as { version?: string };
			hash.update(`${name}@${manifest.version}\0`);
		}
	} catch {
		return null;
	}
	return hash.digest('hex');
}
