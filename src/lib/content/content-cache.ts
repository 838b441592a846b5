import {
	closeSync,
	mkdirSync,
	writeSync,
	openSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { UserError } from '../cli/run';
import { procedureSchema, type Procedure } from '../../schemas/procedure';
import type { CheckedProcedure } from './check-procedures';
import { checkingCodeFingerprint } from './code-fingerprint';
import type { ContentDir } from './content-dir';
import type { ProcedureSummary } from './procedure-summary';
import {
	readMarkdownFile,
	type FileReader,
	type MarkdownFile,
	type ReadResult,
} from './read-markdown';
import { validateFile } from './validate-file';

/**
 * Where the validated procedures of a content folder are kept: under the project root’s
 * `.cache/`, one index per content folder (the project’s own, or one `TTHC_CONTENT_DIR` names),
 * with the records themselves in a data file beside it (see {@link recordsPath}).
 */
export function procedureCachePath(content: ContentDir): string {
	const folder = createHash('sha256').update(resolve(content.dir)).digest('hex').slice(0, 16);
	return join(content.root, '.cache/content', `procedures-${folder}.json`);
}

/** The data file of an index: each record serialized on its own, read only when asked for. */
function recordsPath(indexPath: string): string {
	return indexPath.replace(/\.json$/, '.data');
}

/** What identifies a file’s version: ctime too, because tools that restore mtimes cannot set it. */
interface FileKey {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
}

/** A procedure file that passed its schema, as it was then: its summary, and where its record is. */
interface Entry extends FileKey {
	id: string;
	summary: ProcedureSummary;
	/** Byte offset and length of the serialized `{ data, body }` in the data file. */
	at: number;
	length: number;
}

interface CacheIndex {
	fingerprint: string;
	/** Random bytes the data file starts with, in hex: an index is only read with its own data file. */
	generation: string;
	entries: Map<string, Entry>;
}

/** The index as its file holds it. */
type StoredIndex = Omit<CacheIndex, 'entries'> & { entries: [string, Entry][] };

/** The record of a procedure as kept in the data file. */
interface StoredRecord {
	data: Procedure;
	body: string;
}

/** A cache of validated procedures in front of the file reader of one check. */
export interface ProcedureCache {
	/** Reads a file: its summary when the cache holds this very version (its record on demand), else the file. */
	read: FileReader;
	/** Keeps the procedures that passed in this check for the next one; write errors are ignored. */
	save(procedures: readonly CheckedProcedure[]): void;
}

const generationBytes = 16;

/**
 * Opens the validated-content cache of a content folder (see {@link procedureCachePath}). A file
 * is taken from the cache only if its size, mtime and ctime are those it had when it passed, and
 * the code that checks content is the same (see code-fingerprint.ts); anything else reads and
 * validates the file again. Only valid files are kept, so every problem is found afresh. A cache
 * that cannot be read is ignored, and one that cannot be written is not an error: it only makes
 * the next start slower.
 *
 * A cached file comes with its summary (procedure-summary.ts); its record is read from the data
 * file the first time anything asks for it, so that a command reading summaries only (the review
 * plan) never reads the records.
 */
export function openProcedureCache(content: ContentDir): ProcedureCache {
	const fingerprint = checkingCodeFingerprint();
	const path = procedureCachePath(content);
	const index = fingerprint ? readIndex(path, fingerprint) : undefined;
	const cached = index?.entries ?? new Map<string, Entry>();
	const records = index && recordReader(recordsPath(path), index.generation);
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
			if (entry && records && sameKey(entry, key)) {
				used.add(file);
				return fromCache(fileRoot, file, entry, () => records.record(entry));
			}
			// The key is taken before the file is read: an edit in between is seen next time.
			read.set(file, key);
			return readMarkdownFile(fileRoot, file);
		},
		save(procedures) {
			if (!fingerprint) return;
			const unchanged =
				procedures.length === cached.size && procedures.every(({ file }) => used.has(file));
			if (unchanged) return;
			const generation = randomBytes(generationBytes);
			const entries = new Map<string, Entry>();
			const parts: Uint8Array[] = [generation];
			let at = generation.length;
			for (const procedure of procedures) {
				const old = used.has(procedure.file) ? cached.get(procedure.file) : undefined;
				const key = old ?? read.get(procedure.file);
				if (!key) continue;
				// An unchanged record is copied as it is, without reading it into objects.
				const bytes =
					(old && records?.bytes(old)) ??
					serialize({ data: procedure.data, body: procedure.body } satisfies StoredRecord);
				const { size, mtimeMs, ctimeMs } = key;
				entries.set(procedure.file, {
					size,
					mtimeMs,
					ctimeMs,
					id: procedure.id,
					summary: procedure.summary,
					at,
					length: bytes.length,
				});
				parts.push(bytes);
				at += bytes.length;
			}
			writeCache(path, { fingerprint, generation: generation.toString('hex'), entries }, parts);
		},
	};
}

function sameKey(a: FileKey, b: FileKey): boolean {
	return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/**
 * A cached file as the reader gives it: its summary at once; its record, and the lines of its
 * values, looked up only if asked.
 */
function fromCache(
	root: string,
	file: string,
	entry: Entry,
	stored: () => StoredRecord | undefined
): ReadResult {
	let source: ReadResult | undefined;
	let record: StoredRecord | undefined;
	const load = (): StoredRecord => (record ??= stored() ?? fromSource(root, file));
	const value: MarkdownFile = {
		file,
		id: entry.id,
		get data() {
			return load().data as unknown as Record<string, unknown>;
		},
		get body() {
			return load().body;
		},
		lineOf(path) {
			source ??= readMarkdownFile(root, file);
			return source.ok ? source.value.lineOf(path) : undefined;
		},
		sourceProblems: [],
		validated: true,
		summary: entry.summary,
	};
	return { ok: true, value };
}

/**
 * The record read from the file itself, when the data file no longer matches the index (another
 * command rewrote the cache meanwhile). The file passed when the index was read; if it no longer
 * does, it changed during this command, which then stops rather than mix two versions.
 */
function fromSource(root: string, file: string): StoredRecord {
	const read = readMarkdownFile(root, file);
	const validated = read.ok ? validateFile(read.value, procedureSchema) : undefined;
	if (!read.ok || !validated?.ok) {
		throw new UserError(`${file}: tệp vừa thay đổi trong lúc lệnh đang chạy; hãy chạy lại lệnh`);
	}
	return { data: validated.data, body: read.value.body };
}

/** Reads records from a data file, checking first that it belongs to the index. */
function recordReader(path: string, generation: string) {
	const bytes = (entry: Entry): Buffer | undefined => {
		let fd: number | undefined;
		try {
			fd = openSync(path, 'r');
			const head = Buffer.alloc(generationBytes);
			if (readSync(fd, head, 0, generationBytes, 0) !== generationBytes) return undefined;
			if (head.toString('hex') !== generation) return undefined;
			const buffer = Buffer.allocUnsafe(entry.length);
			let done = 0;
			while (done < entry.length) {
				const count = readSync(fd, buffer, done, entry.length - done, entry.at + done);
				if (count === 0) return undefined;
				done += count;
			}
			return buffer;
		} catch {
			return undefined;
		} finally {
			if (fd !== undefined) closeSync(fd);
		}
	};
	return {
		bytes,
		record(entry: Entry): StoredRecord | undefined {
			const buffer = bytes(entry);
			if (!buffer) return undefined;
			try {
				return deserialize(buffer) as StoredRecord;
			} catch {
				return undefined;
			}
		},
	};
}

/**
 * Reads the index. It is JSON, not v8 serialization like the records: for ten thousand small
 * summaries JSON.parse is more than twice as fast as v8’s deserializer.
 */
function readIndex(path: string, fingerprint: string): CacheIndex | undefined {
	try {
		const index = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoredIndex>;
		if (
			index.fingerprint === fingerprint &&
			typeof index.generation === 'string' &&
			Array.isArray(index.entries)
		) {
			return { ...(index as StoredIndex), entries: new Map(index.entries) };
		}
	} catch {
		// Missing, written by another version, or damaged: read the files.
	}
	return undefined;
}

/**
 * Writes beside the cache and renames, data file first, so that a reader never sees half a
 * cache; a reader holding the previous index finds the new data file’s generation different and
 * reads the files themselves.
 */
function writeCache(path: string, index: CacheIndex, records: Uint8Array[]): void {
	const suffix = `.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	const data = recordsPath(path);
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeParts(data + suffix, records);
		writeFileSync(
			path + suffix,
			JSON.stringify({ ...index, entries: [...index.entries] } satisfies StoredIndex)
		);
		renameSync(data + suffix, data);
		renameSync(path + suffix, path);
	} catch {
		rmSync(data + suffix, { force: true });
		rmSync(path + suffix, { force: true });
	}
}

/** Writes parts one after another into a new file. */
function writeParts(path: string, parts: readonly Uint8Array[]): void {
	const fd = openSync(path, 'w');
	try {
		for (const part of parts) {
			let done = 0;
			while (done < part.length) done += writeSync(fd, part, done);
		}
	} finally {
		closeSync(fd);
	}
}
