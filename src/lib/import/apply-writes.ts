import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdownFiles } from '../content/read-markdown';
import type { ImportedProcedure } from './collect-procedures';
import { planWrite } from './plan-writes';
import { writeFileAtomic } from './write-atomic';

/** What happened to the files of the output folder. */
export interface FileReport {
	/** Files created because they did not exist. */
	created: string[];
	/** Files whose front matter already says what the source says. */
	unchanged: number;
	/** Files whose front matter differs from the source, with the differing top-level keys. */
	differing: { id: string; keys: string[] }[];
	/** Differing files whose front matter was rewritten (only with `write`). */
	rewritten: string[];
	/** Files in the folder that no source record produces; never deleted. */
	stale: string[];
}

/**
 * Writes the procedures into `out`: new files always, differing files only when `write` is set
 * (front matter rewritten, body kept). Hand edits are never overwritten silently.
 */
export function applyWrites(
	out: string,
	procedures: ImportedProcedure[],
	write: boolean
): FileReport {
	mkdirSync(out, { recursive: true });
	const report: FileReport = { created: [], unchanged: 0, differing: [], rewritten: [], stale: [] };
	for (const { id, procedure, body } of procedures) {
		const path = join(out, `${id}.md`);
		const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		const plan = planWrite(path, procedure, body, existing);
		if (plan.action === 'new') {
			writeFileAtomic(path, plan.text);
			report.created.push(id);
		} else if (plan.action === 'unchanged') {
			report.unchanged += 1;
		} else {
			report.differing.push({ id, keys: plan.keys });
			if (write) {
				writeFileAtomic(path, plan.text);
				report.rewritten.push(id);
			}
		}
	}
	const ids = new Set(procedures.map(({ id }) => id));
	report.stale = listMarkdownFiles(out)
		.map((name) => name.replace(/\.md$/, ''))
		.filter((id) => !ids.has(id));
	return report;
}
