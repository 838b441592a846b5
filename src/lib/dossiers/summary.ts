import { periodOf, type DossierStats, type Reject } from './stats';
import {
	averageDays,
	averageWorkingDays,
	onlineShare,
	onTimeRate,
	type RateBase,
	type Tally,
} from './tally';

/** The counts of one group, as printed: plain numbers, rates as fractions rounded to 4 places. */
export interface TallySummary
	extends Pick<
		Tally,
		| 'received'
		| 'finished'
		| 'pending'
		| 'early'
		| 'onTime'
		| 'late'
		| 'lateWithoutApology'
		| 'byChannel'
	> {
	/** (early + onTime) ÷ finished (or ÷ received, see `onTimeRateBase`); `null` when nothing to divide by. */
	onTimeRate: number | null;
	/** Dossiers received online, and their share of all received. */
	online: number;
	onlineShare: number | null;
	/** Average calendar days from receipt to resolution over resolved dossiers, 2 decimals. */
	avgDays: number | null;
	/** The same in working days (weekends skipped), which legal time limits mostly count in. */
	avgWorkingDays: number | null;
}

/** One procedure’s line of `byProcedure`. */
export interface ProcedureSummary extends TallySummary {
	id: string;
}

/** One month’s line of `byMonth` (dossiers by month of receipt). */
export interface MonthSummary extends TallySummary {
	/** `yyyy-mm`. */
	month: string;
}

/** The JSON the `dossiers` command prints (issue 5), with a few extra keys. */
export interface DossierSummary extends TallySummary {
	/** Data rows read: received + rejectedTotal + outOfScope. */
	rows: number;
	/** Rejected rows with line and reason; only the first ones when there are very many. */
	rejected: Reject[];
	/** How many rows were rejected in all (the rejects file lists every one). */
	rejectedTotal: number;
	/** Good rows left out by a period filter. */
	outOfScope: number;
	/** What onTimeRate is divided by. */
	onTimeRateBase: RateBase;
	/** First and last day of receipt (yyyy-mm-dd), `null` for an empty file. */
	period: { from: string; to: string } | null;
	/** Per procedure, most received first (ties by id). */
	byProcedure: ProcedureSummary[];
	/** Per month of receipt, in order. */
	byMonth: MonthSummary[];
}

/** Turns running statistics into the printed summary. */
export function summarize(stats: DossierStats, rateBase: RateBase = 'finished'): DossierSummary {
	const byProcedure = [...stats.byProcedure]
		.map(([id, tally]) => ({ id, ...summarizeTally(tally, rateBase) }))
		.sort((a, b) => b.received - a.received || a.id.localeCompare(b.id));
	const byMonth = [...stats.byMonth]
		.map(([month, tally]) => ({ month, ...summarizeTally(tally, rateBase) }))
		.sort((a, b) => a.month.localeCompare(b.month));
	return {
		rows: stats.rows,
		rejected: stats.rejected,
		rejectedTotal: stats.rejectedTotal,
		outOfScope: stats.outOfScope,
		...summarizeTally(stats.total, rateBase),
		onTimeRateBase: rateBase,
		period: periodOf(stats),
		byProcedure,
		byMonth,
	};
}

/** The printed counts and rates of one tally. */
export function summarizeTally(tally: Tally, rateBase: RateBase = 'finished'): TallySummary {
	return {
		received: tally.received,
		finished: tally.finished,
		pending: tally.pending,
		early: tally.early,
		onTime: tally.onTime,
		late: tally.late,
		onTimeRate: round(onTimeRate(tally, rateBase), 4),
		lateWithoutApology: tally.lateWithoutApology,
		online: tally.byChannel.online,
		onlineShare: round(onlineShare(tally), 4),
		byChannel: { ...tally.byChannel },
		avgDays: round(averageDays(tally), 2),
		avgWorkingDays: round(averageWorkingDays(tally), 2),
	};
}

function round(value: number | null, places: number): number | null {
	if (value === null) return null;
	const factor = 10 ** places;
	return Math.round(value * factor) / factor;
}
