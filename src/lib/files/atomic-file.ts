import { createWriteStream, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';

/**
 * An output file written beside its final path and renamed into place by {@link AtomicFile.commit},
 * so that a failed run never leaves half a file where a reader expects a whole one.
 */
export interface AtomicFile {
	/** The final path. */
	readonly path: string;
	/** Whether anything was written yet (the temporary file exists only then). */
	readonly started: boolean;
	/** Appends text or bytes, waiting when the disk is slower than the writer. */
	write(text: string | Uint8Array): Promise<void>;
	/**
	 * Writes everything out and closes the temporary file, so that a full disk fails here; then
	 * {@link AtomicFile.commit} only renames. Lets a run finish all its outputs before it puts any
	 * of them in place.
	 */
	close(): Promise<void>;
	/** Closes the file and moves it to its final path. */
	commit(): Promise<void>;
	/** Closes and deletes the temporary file; the final path is left as it was. */
	abort(): Promise<void>;
}

/** Opens an output file lazily: nothing touches the disk before the first write. */
export function openAtomicFile(path: string): AtomicFile {
	const temp = temporaryPath(path);
	let stream: WriteStream | null = null;
	// A write fails after `write` returned (ENOSPC comes back from the disk later): keep the error
	// for the next call instead of letting an 'error' event without a listener end the process.
	let failure: Error | null = null;
	let closed: Promise<void> | null = null;
	// `finished` also settles for a stream that already failed, where waiting for 'close' would hang.
	const close = () => {
		if (!stream) return Promise.resolve();
		const open = stream;
		closed ??= (async () => {
			open.end();
			await finished(open);
		})();
		return closed;
	};
	return {
		path,
		get started() {
			return stream !== null;
		},
		async write(text) {
			if (!stream) {
				stream = createWriteStream(temp);
				stream.on('error', (error) => void (failure ??= error));
				await once(stream, 'open');
			}
			if (failure) throw failure;
			if (!stream.write(text)) await once(stream, 'drain');
		},
		async close() {
			if (!stream) await this.write('');
			await close();
		},
		async commit() {
			await this.close();
			await rename(temp, path);
		},
		async abort() {
			await close().catch(() => undefined);
			await rm(temp, { force: true });
		},
	};
}

/** Writes a whole text or binary file atomically. */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
	const file = openAtomicFile(path);
	try {
		await file.write(text);
		await file.commit();
	} catch (error) {
		await file.abort();
		throw error;
	}
}

/**
 * {@link writeFileAtomic} without waiting, for caches written in the middle of a synchronous
 * reading. Throws as `writeFileSync` does, leaving no temporary file behind.
 */
export function writeFileAtomicSync(path: string, text: string | Uint8Array): void {
	const temp = temporaryPath(path);
	try {
		writeFileSync(temp, text);
		renameSync(temp, path);
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
}

/** The temporary file beside `path` that process `pid` writes before renaming it into place. */
export function temporaryPath(path: string, pid = process.pid): string {
	return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}

/**
 * Removes the temporary files of `path` left by processes that are no longer running (killed, or
 * the machine lost power), so they do not pile up beside the output. A running process’s file
 * is left alone: it may still be writing. Returns the paths removed.
 */
export async function removeStaleTemporaryFiles(path: string): Promise<string[]> {
	const prefix = `.${basename(path)}.`;
	let names: string[];
	try {
		names = await readdir(dirname(path));
	} catch {
		return [];
	}
	const stale = names.filter((name) => {
		if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return false;
		const pid = name.slice(prefix.length, -'.tmp'.length);
		return /^\d+$/.test(pid) && !isRunning(Number(pid));
	});
	const removed = stale.map((name) => join(dirname(path), name));
	await Promise.all(removed.map((file) => rm(file, { force: true })));
	return removed;
}

/** Whether a process with this id exists (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
