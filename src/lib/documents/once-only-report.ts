import type { ProcedureEntry } from '../procedure/entry';
import type { DossierSignals } from '../review/plan/dossier-signals';
import { cleanHours } from '../review/rounding';
import type { StateData } from '../../schemas/state-data';
import { holdingOf, lookupsWithoutRow, onceOnlyCandidates, type Candidate } from './candidates';
import { documentLines, type DocumentLine } from './document-lines';
import { kindLabel, nonPaperKinds, type DocumentKind } from './kinds';
import { candidateSaving, type CandidateSaving } from './saving';

/** One canonical kind across the catalogue. */
export interface KindRow {
	kind: DocumentKind;
	label: string;
	/** Procedures with at least one line of this kind. */
	procedures: number;
	/** Dossiers received per year by those procedures. */
	dossiersPerYear: number;
	/** Name of the database that holds it, or `null`. */
	heldBy: string | null;
	/** Ids of those procedures, sorted. */
	ids: string[];
	/** Document lines of this kind. */
	lines: number;
}

/**
 * A candidate with its yearly saving; `counted` is false for a repeat of the same kind in the
 * procedure, and for a second paper of a line already counted.
 */
export interface CostedCandidate extends Candidate {
	saving: CandidateSaving;
	/** Cases of a list are alternatives, and a line is handed in once: see {@link CostedCandidate}. */
	counted: boolean;
}

/** The candidates of one procedure. */
export interface ProcedureCandidates {
	id: string;
	name: string;
	dossiersPerYear: number;
	candidates: CostedCandidate[];
}

/** Everything the CLI and the officers’ page show. */
export interface OnceOnlyReport {
	/** Document lines of every procedure, and how many are papers (not notes or headings). */
	lines: number;
	paperLines: number;
	/** Share of all lines mapped to a kind other than `other`, 0–1. */
	mapped: number;
	/** The same among paper lines. */
	paperMapped: number;
	/** Lines mapped to `note` and `heading`. */
	nonPaperLines: number;
	/** Paper kinds found (and `other`), most procedures first. */
	kinds: KindRow[];
	/** Procedures with at least one candidate, most dossiers first. */
	procedures: ProcedureCandidates[];
	/**
	 * Lines whose own text says the data is looked up although the table holds none of their
	 * papers: candidates for a new row of content/review/state-data.md.
	 */
	withoutRow: { procedure: string; kind: DocumentKind; line: string; text: string }[];
	totals: {
		candidates: number;
		/** Candidates the source record already says need not be handed in after a lookup. */
		sourceSays: number;
		hoursPerYear: number;
		dongPerYear: number;
	};
	/** Years the dossier counts come from, and whether they are sample data. */
	dossiers?: { years: number[]; sample: boolean };
}

/** What the report is computed from. */
export interface OnceOnlyInput {
	procedures: ProcedureEntry[];
	table: StateData;
	/** W, đồng per hour (content/review/config.md). */
	hourlyIncome: number;
	dossiers?: DossierSignals;
}

/** Maps every document line of the catalogue, counts each kind, and costs each candidate. */
export function buildOnceOnlyReport({
	procedures,
	table,
	hourlyIncome,
	dossiers,
}: OnceOnlyInput): OnceOnlyReport {
	const volume = (id: string) => dossiers?.byProcedure[id]?.received ?? 0;
	const lines = procedures.flatMap(documentLines);
	const byKind = new Map<DocumentKind, { ids: Set<string>; lines: number }>();
	for (const line of lines) {
		if (nonPaperKinds.has(line.kind)) continue;
		const entry = byKind.get(line.kind) ?? { ids: new Set<string>(), lines: 0 };
		entry.ids.add(line.procedure);
		entry.lines += 1;
		byKind.set(line.kind, entry);
	}
	const kinds = [...byKind]
		.map(([kind, { ids, lines: count }]): KindRow => {
			const sorted = [...ids].sort();
			return {
				kind,
				label: kindLabel(kind),
				procedures: sorted.length,
				dossiersPerYear: sorted.reduce((sum, id) => sum + volume(id), 0),
				heldBy: holdingOf(table, kind)?.database.name ?? null,
				ids: sorted,
				lines: count,
			};
		})
		.sort(
			(a, b) =>
				b.procedures - a.procedures ||
				b.dossiersPerYear - a.dossiersPerYear ||
				a.kind.localeCompare(b.kind)
		);
	const withCandidates = procedures
		.map((procedure) => costCandidates(procedure, table, hourlyIncome, volume(procedure.id)))
		.filter((entry) => entry.candidates.length > 0)
		.sort((a, b) => b.dossiersPerYear - a.dossiersPerYear || a.id.localeCompare(b.id));
	const counted = withCandidates.flatMap((entry) => entry.candidates.filter((c) => c.counted));
	const nonPaperLines = lines.filter((line) => nonPaperKinds.has(line.kind)).length;
	const other = lines.filter((line) => line.kind === 'other').length;
	const paperLines = lines.length - nonPaperLines;
	return {
		lines: lines.length,
		paperLines,
		nonPaperLines,
		mapped: share(lines.length - other, lines.length),
		paperMapped: share(paperLines - other, paperLines),
		kinds,
		procedures: withCandidates,
		withoutRow: procedures.flatMap((procedure) =>
			lookupsWithoutRow(procedure, table).map(({ line, text }) => ({
				procedure: procedure.id,
				kind: line.kind,
				line: line.name,
				text,
			}))
		),
		totals: {
			candidates: counted.length,
			sourceSays: counted.filter((candidate) => candidate.sourceSays).length,
			hoursPerYear: cleanHours(counted.reduce((sum, c) => sum + c.saving.perYear.hours, 0)),
			dongPerYear: counted.reduce((sum, c) => sum + c.saving.perYear.dong, 0),
		},
		...(dossiers ? { dossiers: { years: dossiers.years, sample: dossiers.sample ?? false } } : {}),
	};
}

/** The JSON of `npm run review -- documents --json`, exactly as documented. */
export function onceOnlyJson(report: OnceOnlyReport): {
	mapped: number;
	kinds: Pick<KindRow, 'kind' | 'label' | 'procedures' | 'dossiersPerYear' | 'heldBy' | 'ids'>[];
} {
	return {
		mapped: report.mapped,
		kinds: report.kinds.map(({ kind, label, procedures, dossiersPerYear, heldBy, ids }) => ({
			kind,
			label,
			procedures,
			dossiersPerYear,
			heldBy,
			ids,
		})),
	};
}

function costCandidates(
	procedure: ProcedureEntry,
	table: StateData,
	hourlyIncome: number,
	dossiersPerYear: number
): ProcedureCandidates {
	const seen = new Set<DocumentKind>();
	const lines = new Set<DocumentLine>();
	return {
		id: procedure.id,
		name: procedure.data.name,
		dossiersPerYear,
		candidates: onceOnlyCandidates(procedure, table).map((candidate) => {
			// A line saves its cost once, even when it names several papers a database holds.
			const counted = !seen.has(candidate.kind) && !lines.has(candidate.line);
			seen.add(candidate.kind);
			lines.add(candidate.line);
			return {
				...candidate,
				saving: candidateSaving(candidate, table, hourlyIncome, dossiersPerYear),
				counted,
			};
		}),
	};
}

/** part ÷ whole, 0 when there is nothing to divide. */
function share(part: number, whole: number): number {
	return whole === 0 ? 0 : part / whole;
}
