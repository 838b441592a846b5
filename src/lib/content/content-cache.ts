import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Procedure } from '../../schemas/procedure';
import type { CheckedProcedure } from './check-procedures';
import { checkingCodeFingerprint } from './code-fingerprint';
import type { ContentDir } from './content-dir';
import { readMarkdownFile, type FileReader, type ReadResult } from './read-markdown';

/**
 * Where the validated procedures of a content folder are kept: under the project root’s
 * `.cache/`, one file per content folder (the project’s own, or one `TTHC_CONTENT_DIR` names).
 */
export function procedureCachePath(content: ContentDir): string {
	const folder = createHash('sha256').update(resolve(content.dir)).digest('hex').slice(0, 16);
	return join(content.root, '.cache/content', `procedures-${folder}.v8`);
}

/** What identifies a file’s version: ctime too, because tools that restore mtimes cannot set it. */
interface FileKey {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
}

/** A procedure file that passed its schema, as it was then. */
interface Entry extends FileKey {
	id: string;
	data: Procedure;
	body: string;
}

interface CacheContents {
	fingerprint: string;
	entries: Map<string, Entry>;
}

/** A cache of validated procedures in front of the file reader of one check. */
export interface ProcedureCache {
	/** Reads a file: its validated data when the cache holds this very version, else the file. */
	read: FileReader;
	/** Keeps the procedures that passed in this check for the next one; write errors are ignored. */
	save(procedures: readonly CheckedProcedure[]): void;
}

/**
 * Opens the validated-content cache of a content folder (see {@link procedureCachePath}). A file is taken from the
 * cache only if its size, mtime and ctime are those it had when it passed, and the code that checks
 * content is the same (see code-fingerprint.ts); anything else reads and validates the file again.
 * Only valid files are kept, so every problem is found afresh. A cache that cannot be read is
 * ignored, and one that cannot be written is not an error: it only makes the next start slower.
 */
export function openProcedureCache(content: ContentDir): ProcedureCache {
	const fingerprint = checkingCodeFingerprint();
	const path = procedureCachePath(content);
	const cached = fingerprint ? readCache(path, fingerprint) : new Map<string, Entry>();
	const used = new Set<string>();
	const read = new Map<string, FileKey>();
	return {
		read(fileRoot, file) {
			let key: FileKey;
			try {
				const stat = statSync(resolve(fileRoot, file));
				if (!stat.isFile()) return readMarkdownFile(fileRoot, file);
				key = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
			} catch {
				return readMarkdownFile(fileRoot, file);
			}
			const entry = cached.get(file);
			if (entry && sameKey(entry, key)) {
				used.add(file);
				return fromCache(fileRoot, file, entry);
			}
			// The key is taken before the file is read: an edit in between is seen next time.
			read.set(file, key);
			return readMarkdownFile(fileRoot, file);
		},
		save(procedures) {
			if (!fingerprint) return;
			const entries = new Map<string, Entry>();
			for (const { file, id, data, body } of procedures) {
				const key = read.get(file);
				const entry = used.has(file) ? cached.get(file) : key && { ...key, id, data, body };
				if (entry) entries.set(file, entry);
			}
			const unchanged =
				entries.size === cached.size && [...entries.keys()].every((file) => used.has(file));
			if (!unchanged) writeCache(path, { fingerprint, entries });
		},
	};
}

function sameKey(a: FileKey, b: FileKey): boolean {
	return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** A cached file as the reader gives it; its lines are looked up in the file only if asked. */
function fromCache(root: string, file: string, entry: Entry): ReadResult {
	let source: ReadResult | undefined;
	return {
		ok: true,
		value: {
			file,
			id: entry.id,
			data: entry.data as unknown as Record<string, unknown>,
			body: entry.body,
			lineOf(path) {
				source ??= readMarkdownFile(root, file);
				return source.ok ? source.value.lineOf(path) : undefined;
			},
			sourceProblems: [],
			validated: true,
		},
	};
}

function readCache(path: string, fingerprint: string): Map<string, Entry> {
	try {
		const contents = deserialize(readFileSync(path)) as Partial<CacheContents>;
		if (contents.fingerprint === fingerprint && contents.entries instanceof Map) {
			return contents.entries;
		}
	} catch {
		// Missing, from another Node version, or damaged: read the files.
	}
	return new Map();
}

/** Writes beside the cache and renames, so that a reader never sees half a cache. */
function writeCache(path: string, contents: CacheContents): void {
	const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(temp, serialize(contents));
		renameSync(temp, path);
	} catch {
		rmSync(temp, { force: true });
	}
}
