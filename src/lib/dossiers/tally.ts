import type { DossierChannel } from './channel';
import { workingDaysBetween } from './days';
import { apologisedInTime, outcomeOf, type Dossier } from './dossier';

/** Counts of a group of dossiers (all, one procedure, one month…), kept as running sums. */
export interface Tally {
	/** Dossiers received. */
	received: number;
	/** Dossiers resolved (with a `finished_at`). */
	finished: number;
	/** Dossiers not resolved yet. */
	pending: number;
	/** Resolved before the due day (trước hạn). */
	early: number;
	/** Resolved on the due day (đúng hạn). */
	onTime: number;
	/** Resolved after the due day (trễ hạn). */
	late: number;
	/** Late dossiers without an apology slip issued in time. */
	lateWithoutApology: number;
	/** Dossiers received through each channel. */
	byChannel: Record<DossierChannel, number>;
	/** Σ calendar days from receipt to resolution, over resolved dossiers. */
	handlingDays: number;
	/** Σ working days (weekends skipped) from receipt to resolution, over resolved dossiers. */
	handlingWorkingDays: number;
}

/** A tally with nothing counted. */
export function emptyTally(): Tally {
	return {
		received: 0,
		finished: 0,
		pending: 0,
		early: 0,
		onTime: 0,
		late: 0,
		lateWithoutApology: 0,
		byChannel: { 'in-person': 0, online: 0, postal: 0 },
		handlingDays: 0,
		handlingWorkingDays: 0,
	};
}

/** Options of the counting rules that the domain leaves open. */
export interface CountRules {
	/** Days before the due day an apology slip must be issued; 0 = on or before it (default). */
	apologyLeadDays?: number;
}

/** Counts one dossier into a tally, in place. */
export function countDossier(tally: Tally, dossier: Dossier, rules: CountRules = {}): void {
	tally.received += 1;
	tally.byChannel[dossier.channel] += 1;
	const outcome = outcomeOf(dossier);
	if (outcome === 'pending') {
		tally.pending += 1;
		return;
	}
	const finished = dossier.finished!;
	tally.finished += 1;
	tally.handlingDays += finished - dossier.received;
	tally.handlingWorkingDays += workingDaysBetween(dossier.received, finished);
	if (outcome === 'early') tally.early += 1;
	else if (outcome === 'on-time') tally.onTime += 1;
	else {
		tally.late += 1;
		if (!apologisedInTime(dossier, rules.apologyLeadDays)) tally.lateWithoutApology += 1;
	}
}

/** Adds the counts of `from` into `into`, in place, e.g. procedures into their field. */
export function mergeTally(into: Tally, from: Tally): Tally {
	into.received += from.received;
	into.finished += from.finished;
	into.pending += from.pending;
	into.early += from.early;
	into.onTime += from.onTime;
	into.late += from.late;
	into.lateWithoutApology += from.lateWithoutApology;
	into.byChannel['in-person'] += from.byChannel['in-person'];
	into.byChannel.online += from.byChannel.online;
	into.byChannel.postal += from.byChannel.postal;
	into.handlingDays += from.handlingDays;
	into.handlingWorkingDays += from.handlingWorkingDays;
	return into;
}

/**
 * What the on-time rate is divided by. The decree’s dashboards use resolved dossiers
 * (`finished`); some provincial dashboards use all received ones (domain.md §6, unverified).
 */
export type RateBase = 'finished' | 'received';

/** (early + on time) ÷ base, or `null` when nothing was resolved (or received). */
export function onTimeRate(tally: Tally, base: RateBase = 'finished'): number | null {
	const denominator = base === 'finished' ? tally.finished : tally.received;
	return denominator === 0 ? null : (tally.early + tally.onTime) / denominator;
}

/** Share of received dossiers filed online, or `null` when none were received. */
export function onlineShare(tally: Tally): number | null {
	return tally.received === 0 ? null : tally.byChannel.online / tally.received;
}

/** Average calendar days from receipt to resolution, or `null` when none was resolved. */
export function averageDays(tally: Tally): number | null {
	return tally.finished === 0 ? null : tally.handlingDays / tally.finished;
}

/** Average working days from receipt to resolution, or `null` when none was resolved. */
export function averageWorkingDays(tally: Tally): number | null {
	return tally.finished === 0 ? null : tally.handlingWorkingDays / tally.finished;
}
