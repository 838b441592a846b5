import type { Procedure } from '../../../schemas/procedure';
import type { TimeUnit } from '../../../schemas/time-limit';
import { toCalendarDays } from '../time-limit-days';

/** The longest legal time limit among the procedure’s channels, with its calendar-day length. */
export function longestTimeLimit(
	procedure: Procedure
): { value: number; unit: TimeUnit; days: number } | undefined {
	let longest: { value: number; unit: TimeUnit; days: number } | undefined;
	for (const { timeLimit } of procedure.channels) {
		if (timeLimit.value === undefined) continue;
		const days = toCalendarDays(timeLimit.value, timeLimit.unit);
		if (!longest || days > longest.days)
			longest = { value: timeLimit.value, unit: timeLimit.unit, days };
	}
	return longest;
}

/** How heavy the dossier is: papers listed, and sheets handed in (originals + copies, at least 1 a paper). */
export function dossierBurden(procedure: Procedure): { papers: number; sheets: number } {
	const items = procedure.documents.flatMap((group) => group.items);
	return {
		papers: items.length,
		sheets: items.reduce((sum, item) => sum + Math.max(1, item.originals + item.copies), 0),
	};
}

/** Year a legal document was issued: from its date, else from its number (`191/2025/NĐ-CP` → 2025). */
export function issueYear(ref: Procedure['legalBasis'][number]): number | undefined {
	if (ref.date) return Number(ref.date.slice(0, 4));
	const match = /^[\d.]+\/(\d{4})\//.exec(ref.number);
	return match ? Number(match[1]) : undefined;
}

/**
 * Numbers of the legal documents issued in `since` or later, in the order of the legal basis,
 * given each document’s number and year of issue (see {@link issueYear}).
 */
export function legalDocumentsSince(
	legalBasis: readonly { number: string; year?: number }[],
	since: number
): string[] {
	return legalBasis.filter((ref) => (ref.year ?? 0) >= since).map((ref) => ref.number);
}
