import type { ContentDir } from '../content/content-dir';
import { loadDossierData, loadDossierDataByYear, type DossierData } from './load';
import { indexProcedures, type ProcedureRef } from './procedure-index';
import { periodOf, type DossierStats } from './stats';
import { averageDays, averageWorkingDays, type Tally } from './tally';

/**
 * What the dossiers say about one procedure, for choosing what to review. Shaped like the review
 * plan’s `DossierSignal` (src/lib/review/plan/dossier-signals.ts), with one extra field.
 */
export interface ProcedureSignal {
	/** Dossiers received in the years read. */
	received: number;
	/** Of those, resolved. */
	finished: number;
	/** Of those resolved, after the due date. */
	late: number;
	/** Average calendar days from receipt to resolution; absent when none was resolved. */
	avgHandlingDays?: number;
	/** The same in working days, to compare with limits counted in working days. */
	avgHandlingWorkingDays?: number;
}

/** The dossier signals of a set of years, and where they come from. */
export interface DossierSignals {
	/** Years of receipt read. */
	years: number[];
	/** First and last day of receipt actually found (a year may be partial), or `null` if none. */
	period: { from: string; to: string } | null;
	/** Files read, relative to the project root. */
	files: string[];
	/** Whether the figures come from generated sample data. */
	sample: boolean;
	/** Per procedure id; a procedure without dossiers in those years is absent. */
	byProcedure: Record<string, ProcedureSignal>;
}

/** The signal of one tally. */
export function signalOf(tally: Tally): ProcedureSignal {
	const days = averageDays(tally);
	const workingDays = averageWorkingDays(tally);
	return {
		received: tally.received,
		finished: tally.finished,
		late: tally.late,
		...(days === null ? {} : { avgHandlingDays: days }),
		...(workingDays === null ? {} : { avgHandlingWorkingDays: workingDays }),
	};
}

/** Per-procedure signals of counted statistics, by procedure id. */
export function procedureSignals(stats: DossierStats): Record<string, ProcedureSignal> {
	const signals: Record<string, ProcedureSignal> = {};
	for (const [id, tally] of [...stats.byProcedure].sort(([a], [b]) => a.localeCompare(b))) {
		signals[id] = signalOf(tally);
	}
	return signals;
}

/**
 * The years a plan for `planYear` reads: the year before it, or, when that year has no dossier
 * data, the latest earlier year that has. Empty when there is none.
 */
export function signalYearsFor(planYear: number, availableYears: readonly number[]): number[] {
	const earlier = availableYears.filter((year) => year < planYear);
	if (earlier.includes(planYear - 1)) return [planYear - 1];
	const latest = Math.max(...earlier);
	return Number.isFinite(latest) ? [latest] : [];
}

/** Loads the signals of the dossiers received in `years` from the `dossiers/` of a content folder. */
export async function loadDossierSignals(
	content: ContentDir,
	procedures: Iterable<ProcedureRef>,
	years: readonly number[]
): Promise<DossierSignals> {
	return signalsOf(years, await loadDossierData(content, indexProcedures(procedures), years));
}

/** The signals of the dossier data of `years`. */
function signalsOf(
	years: readonly number[],
	{ stats, files, sample }: DossierData
): DossierSignals {
	return {
		years: [...years],
		period: periodOf(stats),
		files,
		sample,
		byProcedure: procedureSignals(stats),
	};
}

/**
 * Loads the signals the review plan for `planYear` uses (see {@link signalYearsFor}), or
 * `undefined` when no dossier data comes before that year.
 */
export async function loadPlanDossierSignals(
	content: ContentDir,
	procedures: readonly ProcedureRef[],
	planYear: number
): Promise<DossierSignals | undefined> {
	const { byYear } = await loadDossierDataByYear(content, indexProcedures(procedures));
	const [year] = signalYearsFor(planYear, [...byYear.keys()]);
	const data = year === undefined ? undefined : byYear.get(year);
	return year === undefined || !data ? undefined : signalsOf([year], data);
}
