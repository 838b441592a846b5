import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What {@link buildAndSwap} needs to know about the build. */
export interface SwapOptions {
	/** The folder the site is served from, e.g. `<root>/dist`. */
	target: string;
	/** Builds the site into `outDir` (a fresh path beside `target`); rejects when the build fails. */
	build: (outDir: string) => Promise<void>;
	/** Whether a build that reported success left a whole site in `outDir`. */
	isComplete: (outDir: string) => boolean;
	/** Makes the temporary names unique to this run; the process id by default. */
	runId?: number;
}

/** Thrown when a build fails or leaves an incomplete site: `target` is as it was. */
export class BuildFailedError extends Error {
	override name = 'BuildFailedError';
}

/** Temporary folders beside `target`: `.dist-tmp-<run>` (being built), `.dist-old-<run>` (replaced). */
function siblingName(target: string, kind: 'tmp' | 'old', runId: number): string {
	return join(dirname(target), `.${basename(target)}-${kind}-${runId}`);
}

/** Whether a process with this id is still running (so its temporary folder is in use). */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Tidies what an interrupted run left beside `target`: if it stopped between moving the old site
 * away and moving the new one in, the old site goes back; temporary folders of runs that are no
 * longer running are removed. Returns the names it removed or restored.
 */
export function recoverInterruptedRuns(target: string): string[] {
	const parent = dirname(target);
	const pattern = new RegExp(`^\\.${basename(target).replace(/\W/g, '\\$&')}-(tmp|old)-(\\d+)$`);
	const leftovers = (existsSync(parent) ? readdirSync(parent) : [])
		.map((name) => ({ name, match: pattern.exec(name) }))
		.filter(({ match }) => match && !isRunning(Number(match[2])));
	const tidied: string[] = [];
	const old = leftovers.find(({ match }) => match?.[1] === 'old');
	if (old && !existsSync(target)) {
		renameSync(join(parent, old.name), target);
		tidied.push(old.name);
	}
	for (const { name } of leftovers) {
		if (tidied.includes(name)) continue;
		rmSync(join(parent, name), { recursive: true, force: true });
		tidied.push(name);
	}
	return tidied;
}

/**
 * Builds the site into a temporary folder beside `target`, and only when the build succeeded and
 * left a complete site, puts it in place of `target` with two renames in the same folder (the
 * old site is moved aside, the new one moved in, then the old one deleted). A failed or partial
 * build never replaces a good site: the temporary folder is removed and `target` is untouched.
 * Returns whether an earlier site was replaced.
 */
export async function buildAndSwap(options: SwapOptions): Promise<{ replaced: boolean }> {
	const { target, build, isComplete, runId = process.pid } = options;
	recoverInterruptedRuns(target);
	const fresh = siblingName(target, 'tmp', runId);
	const aside = siblingName(target, 'old', runId);
	rmSync(fresh, { recursive: true, force: true });
	try {
		await build(fresh);
		if (!isComplete(fresh)) {
			throw new BuildFailedError('bản dựng báo thành công nhưng thiếu trang (không có index.html)');
		}
	} catch (error) {
		rmSync(fresh, { recursive: true, force: true });
		throw error;
	}
	const replaced = existsSync(target);
	if (replaced) renameSync(target, aside);
	try {
		renameSync(fresh, target);
	} catch (error) {
		if (replaced) renameSync(aside, target);
		rmSync(fresh, { recursive: true, force: true });
		throw error;
	}
	rmSync(aside, { recursive: true, force: true });
	return { replaced };
}
