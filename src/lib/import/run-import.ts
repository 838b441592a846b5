import { dirname, join } from 'node:path';
import { importChangeLog } from '../changes/import-change-log';
import { todayInVietnam } from '../format/today';
import { collectProcedures, type SkippedRecord } from './collect-procedures';
import { findCatalogueLosses, ShrinkError, type ProcedureLoss } from './find-losses';
import { planCatalogue } from './plan-catalogue';
import { readSources } from './read-sources';
import type { Scope } from './select-scope';
import { datasets } from './source-types';
import { writeAllOrNothing } from './write-files';

/** Options of one import run. */
export interface ImportOptions {
	/** Folder holding the source files. */
	source: string;
	/** Folder the procedure files go to. */
	out: string;
	scope: Scope;
	/** Rewrite the front matter of files that differ from the source. */
	write: boolean;
	/** Go ahead even when procedures would lose content (the losses are still reported). */
	allowShrink?: boolean;
	/** Called after each source record is read, for progress on long runs. */
	onProgress?: (records: number) => void;
	/** Change log folder; by default `changes` beside `out` (`content/changes`). */
	changes?: string;
	/** Day the change log records (yyyy-mm-dd); by default today in Viet Nam. */
	today?: string;
}

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

/** What an import run did, for the summary. */
export interface ImportSummary {
	records: number;
	imported: number;
	files: FileReport;
	/** Number of flags per flag code. */
	flags: Record<string, number>;
	flaggedProcedures: number;
	skipped: SkippedRecord[];
	/** Content the run removed because `allowShrink` let it. */
	losses: ProcedureLoss[];
	/** The change set this run added to the change log, if it changed anything followed. */
	changeLog?: { file: string; procedures: number };
	seconds: number;
}

/**
 * Reads and checks every source, maps every record, plans every file, refuses a run that would
 * lose content, and only then writes: all the files of the run or, on any failure, none.
 */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
	const started = performance.now();
	const sources = await readSources(options.source, options.scope, options.onProgress);
	const collected = collectProcedures(sources, options.scope);
	const runDatasets =
		options.scope === 'all'
			? [datasets.all]
			: [datasets.department, datasets.table, datasets.police];
	const plan = planCatalogue(options.out, collected.procedures, runDatasets);
	const losses = findCatalogueLosses(plan);
	const existing =
		plan.files.filter(({ plan: write }) => write.action !== 'new').length + plan.stale.length;
	if (losses.length > 0 && !options.allowShrink) throw new ShrinkError(losses, existing);
	const files: FileReport = {
		created: [],
		unchanged: 0,
		differing: [],
		rewritten: [],
		stale: plan.stale,
	};
	const writes: { path: string; text: string }[] = [];
	for (const { id, path, plan: write } of plan.files) {
		if (write.action === 'new') {
			files.created.push(id);
			writes.push({ path, text: write.text });
		} else if (write.action === 'unchanged') {
			files.unchanged += 1;
		} else {
			files.differing.push({ id, keys: write.keys });
			if (!options.write) continue;
			files.rewritten.push(id);
			writes.push({ path, text: write.text });
		}
	}
	// The change log is written with the procedure files, all or nothing (see importChangeLog).
	const sourceOf = new Map(collected.procedures.map((item) => [item.id, item.procedure]));
	const log = importChangeLog({
		dir: options.changes ?? join(dirname(options.out), 'changes'),
		date: options.today ?? todayInVietnam(),
		write: options.write,
		planned: plan.files.map(({ id, plan: write }) => ({
			id,
			procedure: sourceOf.get(id)!,
			plan: write,
		})),
	});
	writeAllOrNothing([...writes, ...log.writes]);
	const flags: Record<string, number> = {};
	let flaggedProcedures = 0;
	for (const { procedure } of collected.procedures) {
		const list = procedure.flags ?? [];
		if (list.length > 0) flaggedProcedures += 1;
		for (const flag of list) flags[flag.code] = (flags[flag.code] ?? 0) + 1;
	}
	return {
		records: collected.records,
		imported: collected.procedures.length,
		files,
		flags,
		flaggedProcedures,
		skipped: collected.skipped,
		losses,
		...(log.file && log.set
			? { changeLog: { file: log.file, procedures: log.set.changes.length } }
			: {}),
		seconds: (performance.now() - started) / 1000,
	};
}
