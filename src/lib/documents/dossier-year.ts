import { todayInVietnam } from '../format/today';

/**
 * The year whose dossiers give “dossiers per year” by default: the last full calendar year
 * (the current one is still running), as the review plan of this year would read it.
 */
export function defaultDossierYear(now: Date = new Date()): number {
	return Number(todayInVietnam(now).slice(0, 4)) - 1;
}
