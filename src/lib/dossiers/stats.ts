import { formatIsoDay, monthOfDay, type Day } from './days';
import type { Dossier } from './dossier';
import { countDossier, emptyTally, type CountRules, type Tally } from './tally';

/** A row that did not become a dossier. */
export interface Reject {
	/** Line of the file the row starts on (the header is line 1). */
	line: number;
	/** Why it was refused, e.g. `unknown channel "fax"`. */
	reason: string;
}

/**
 * Running statistics of a dossier file. Memory depends on the number of procedures and months,
 * never on the number of rows: rows are counted and dropped, and only the first rejects are kept.
 */
export interface DossierStats {
	/** Data rows read (blank lines not counted): good ones plus rejected ones. */
	rows: number;
	/** All rejected rows. */
	rejectedTotal: number;
	/** The first rejects, at most the cap given to {@link addReject}. */
	rejected: Reject[];
	/** Good rows left out by a filter (e.g. another year), counted so that no row goes missing. */
	outOfScope: number;
	/** Every counted dossier. */
	total: Tally;
	/** Counts per procedure id. */
	byProcedure: Map<string, Tally>;
	/** Counts per month of receipt (`yyyy-mm`): a dossier stays in the month it came in. */
	byMonth: Map<string, Tally>;
	/** Earliest and latest day of receipt among counted dossiers. */
	firstReceived: Day | null;
	lastReceived: Day | null;
}

/** Statistics with nothing counted yet. */
export function emptyStats(): DossierStats {
	return {
		rows: 0,
		rejectedTotal: 0,
		rejected: [],
		outOfScope: 0,
		total: emptyTally(),
		byProcedure: new Map(),
		byMonth: new Map(),
		firstReceived: null,
		lastReceived: null,
	};
}

/** How many rejects {@link addReject} keeps in memory by default; the rejects file has them all. */
export const defaultRejectCap = 1000;

/** Counts one good row, in place. */
export function addDossier(stats: DossierStats, dossier: Dossier, rules: CountRules = {}): void {
	stats.rows += 1;
	countDossier(stats.total, dossier, rules);
	countDossier(tallyOf(stats.byProcedure, dossier.procedureId), dossier, rules);
	countDossier(tallyOf(stats.byMonth, monthOfDay(dossier.received)), dossier, rules);
	if (stats.firstReceived === null || dossier.received < stats.firstReceived) {
		stats.firstReceived = dossier.received;
	}
	if (stats.lastReceived === null || dossier.received > stats.lastReceived) {
		stats.lastReceived = dossier.received;
	}
}

/** Counts a good row that a filter leaves out, in place. */
export function addOutOfScope(stats: DossierStats): void {
	stats.rows += 1;
	stats.outOfScope += 1;
}

/** Counts one rejected row, in place; keeps it in memory only while fewer than `cap` are kept. */
export function addReject(stats: DossierStats, reject: Reject, cap = defaultRejectCap): void {
	stats.rows += 1;
	stats.rejectedTotal += 1;
	if (stats.rejected.length < cap) stats.rejected.push(reject);
}

/** First and last day of receipt as yyyy-mm-dd, or `null` when nothing was counted. */
export function periodOf(stats: DossierStats): { from: string; to: string } | null {
	if (stats.firstReceived === null || stats.lastReceived === null) return null;
	return { from: formatIsoDay(stats.firstReceived), to: formatIsoDay(stats.lastReceived) };
}

function tallyOf(map: Map<string, Tally>, key: string): Tally {
	let tally = map.get(key);
	if (!tally) {
		tally = emptyTally();
		map.set(key, tally);
	}
	return tally;
}
