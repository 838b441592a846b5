import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
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
	/** Closes the file and moves it to its final path. */
	commit(): Promise<void>;
	/** Closes and deletes the temporary file; the final path is left as it was. */
	abort(): Promise<void>;
}

/** Opens an output file lazily: nothing touches the disk before the first write. */
export function openAtomicFile(path: string): AtomicFile {
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	let stream: WriteStream | null = null;
	// `finished` also settles for a stream that already failed, where waiting for 'close' would hang.
	const close = async () => {
		if (!stream) return;
		stream.end();
		await finished(stream);
	};
	return {
		path,
		get started() {
			return stream !== null;
		},
		async write(text) {
			if (!stream) {
				stream = createWriteStream(temp);
				await once(stream, 'open');
			}
			if (!stream.write(text)) await once(stream, 'drain');
		},
		async commit() {
			if (!stream) await this.write('');
			await close();
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
