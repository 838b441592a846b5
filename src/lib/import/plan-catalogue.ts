import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdownFiles, parseMarkdown } from '../content/read-markdown';
import type { ImportedProcedure } from './collect-procedures';
import { planWrite, type WritePlan } from './plan-writes';
import { readFailure } from './read-lines';
import { ImportError } from './import-problem';

/** What the import would do with the file of one procedure. */
export interface PlannedFile {
	id: string;
	path: string;
	plan: WritePlan;
}

/** A procedure file an earlier import made that no source record produces any more. */
export interface DroppedFile {
	id: string;
	/** The source file its provenance names. */
	dataset: string;
}

/** The whole run, planned before anything is written. */
export interface CataloguePlan {
	files: PlannedFile[];
	/** Ids of the `.md` files in the folder that no record produces; never deleted. */
	stale: string[];
	/** Stale files whose provenance names one of the source files of this run. */
	dropped: DroppedFile[];
}

/**
 * Plans every file of the output folder: new, unchanged or differing for each procedure, and
 * the files no record produces. It reads but never writes; `datasets` are the source files of
 * the run, which tell a procedure the sources dropped from a file someone added by hand.
 */
export function planCatalogue(
	out: string,
	procedures: readonly ImportedProcedure[],
	datasets: readonly string[]
): CataloguePlan {
	const files = procedures.map(({ id, procedure, body }) => {
		const path = join(out, `${id}.md`);
		return { id, path, plan: planWrite(path, procedure, body, readExisting(path)) };
	});
	const ids = new Set(procedures.map(({ id }) => id));
	const stale = listMarkdownFiles(out)
		.map((name) => name.replace(/\.md$/, ''))
		.filter((id) => !ids.has(id));
	const dropped = stale.flatMap((id) => {
		const path = join(out, `${id}.md`);
		const parsed = parseMarkdown(path, readExisting(path) ?? '');
		const provenance = parsed.ok ? parsed.value.data.provenance : undefined;
		const dataset =
			provenance && typeof provenance === 'object'
				? (provenance as Record<string, unknown>).dataset
				: undefined;
		return typeof dataset === 'string' && datasets.includes(dataset) ? [{ id, dataset }] : [];
	});
	return { files, stale, dropped };
}

/** The text of a procedure file, or `undefined` when there is none yet. */
function readExisting(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new ImportError([{ file: path, message: readFailure(error) }]);
	}
}
