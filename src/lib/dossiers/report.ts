import type { DossierStats } from './stats';
import { periodOf } from './stats';
import { summarizeTally, type TallySummary } from './summary';
import { emptyTally, mergeTally, type RateBase, type Tally } from './tally';

/** What the report needs to know of a procedure. */
export interface ProcedureInfo {
	id: string;
	name: string;
	field: string;
}

/** One line of a breakdown: a key, a label for readers, and the counts. */
export interface ReportLine extends TallySummary {
	key: string;
	label: string;
	/** For a procedure the catalogue lists: its id, so pages can link to it. */
	procedureId?: string;
}

/** The dossier statistics of a period, arranged for pages and reports. */
export interface DossierReport {
	/** First and last day of receipt, yyyy-mm-dd. */
	period: { from: string; to: string } | null;
	/** Whether the figures come from generated sample data. */
	sample: boolean;
	/** What the on-time rate is divided by. */
	rateBase: RateBase;
	totals: TallySummary;
	/** Per month of receipt, in order; label “T1/2021”. */
	months: ReportLine[];
	/** Per field, most dossiers first. */
	fields: ReportLine[];
	/** Per procedure, most dossiers first; label = procedure name. */
	procedures: ReportLine[];
	/** Procedures with late dossiers that had no apology slip in time, most first. */
	lateWithoutApology: ReportLine[];
}

/** Field shown for dossiers of a procedure the catalogue no longer lists. */
export const unknownField = 'Chưa xác định lĩnh vực';

/** Arranges counted statistics by month, field and procedure, with names from the catalogue. */
export function buildDossierReport(
	stats: DossierStats,
	procedures: readonly ProcedureInfo[],
	options: { sample: boolean; rateBase?: RateBase }
): DossierReport {
	const rateBase = options.rateBase ?? 'finished';
	const info = new Map(procedures.map((procedure) => [procedure.id, procedure]));
	const line = (key: string, label: string, tally: Tally): ReportLine => ({
		key,
		label,
		...summarizeTally(tally, rateBase),
	});
	const byField = new Map<string, Tally>();
	for (const [id, tally] of stats.byProcedure) {
		const field = info.get(id)?.field ?? unknownField;
		byField.set(field, mergeTally(byField.get(field) ?? emptyTally(), tally));
	}
	const mostFirst = (a: ReportLine, b: ReportLine) =>
		b.received - a.received || a.label.localeCompare(b.label, 'vi');
	const procedureLines = [...stats.byProcedure]
		.map(([id, tally]) => {
			const procedure = info.get(id);
			const counts = line(id, procedure?.name ?? id, tally);
			return procedure ? { ...counts, procedureId: id } : counts;
		})
		.sort(mostFirst);
	return {
		period: periodOf(stats),
		sample: options.sample,
		rateBase,
		totals: summarizeTally(stats.total, rateBase),
		months: [...stats.byMonth]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([month, tally]) => line(month, monthLabel(month), tally)),
		fields: [...byField].map(([field, tally]) => line(field, field, tally)).sort(mostFirst),
		procedures: procedureLines,
		lateWithoutApology: procedureLines
			.filter((procedure) => procedure.lateWithoutApology > 0)
			.sort(
				(a, b) =>
					b.lateWithoutApology - a.lateWithoutApology || a.label.localeCompare(b.label, 'vi')
			),
	};
}

/** `2021-03` → “T3/2021”, the short month label of Vietnamese reports. */
export function monthLabel(month: string): string {
	return `T${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}
