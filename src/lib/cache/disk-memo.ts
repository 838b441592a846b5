import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findCodeRoot } from '../cli/code-root';
import { writeFileAtomicSync } from '../files/atomic-file';

/** Results of a pure function of a text, kept on disk from one command to the next. */
export interface DiskMemo<T> {
	/** The result kept for this very text by the same code, if any. */
	get(text: string): T | undefined;
	/** Keeps a result; a cache that cannot be written only makes the next command slower. */
	set(text: string, value: T): void;
}

/** What a disk memo is named and keyed by. */
export interface DiskMemoOptions {
	/** Folder under the project’s `.cache/`. */
	name: string;
	/**
	 * A hash of the code computing the results (see codeFingerprint), asked for on first use;
	 * `null` keeps nothing.
	 */
	fingerprint: () => string | null;
	/** Most results kept; the least recently written go first. */
	limit: number;
}

/**
 * A memo on disk, under the project’s `.cache/<name>/`: one JSON file per text, named by a hash of
 * the text and of the code, so a changed text or changed code never finds an old result. Written
 * beside and renamed, so that a reader never sees half a file; anything unreadable is a miss.
 */
export function diskMemo<T>({ name, fingerprint, limit }: DiskMemoOptions): DiskMemo<T> {
	let dir: string | null | undefined;
	const folder = (): string | null => {
		if (dir !== undefined) return dir;
		const codeRoot = findCodeRoot();
		return (dir = codeRoot && fingerprint() !== null ? join(codeRoot, '.cache', name) : null);
	};
	const pathOf = (base: string, text: string) =>
		join(
			base,
			`${createHash('sha256').update(fingerprint()!).update('\0').update(text).digest('hex').slice(0, 32)}.json`
		);
	return {
		get(text) {
			const base = folder();
			if (!base) return undefined;
			try {
				return JSON.parse(readFileSync(pathOf(base, text), 'utf8')) as T;
			} catch {
				return undefined;
			}
		},
		set(text, value) {
			const base = folder();
			if (!base) return;
			try {
				mkdirSync(base, { recursive: true });
				writeFileAtomicSync(pathOf(base, text), JSON.stringify(value));
				prune(base, limit);
			} catch {
				// Not kept: the next command reads the text again.
			}
		},
	};
}

/** Removes the oldest results beyond `limit`. */
function prune(base: string, limit: number): void {
	const files = readdirSync(base).filter((file) => file.endsWith('.json'));
	if (files.length <= limit) return;
	const byAge = files
		.map((file) => {
			try {
				return { file, time: statSync(join(base, file)).mtimeMs };
			} catch {
				return { file, time: 0 };
			}
		})
		.sort((a, b) => a.time - b.time);
	for (const { file } of byAge.slice(0, files.length - limit)) {
		rmSync(join(base, file), { force: true });
	}
}
