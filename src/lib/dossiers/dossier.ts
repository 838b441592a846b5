import type { DossierChannel } from './channel';
import type { Day } from './days';

/** One dossier (hồ sơ) as the statistics count it, after its row passed every check. */
export interface Dossier {
	/** Id of the procedure the dossier was filed under. */
	procedureId: string;
	/** Day the one-stop desk received it (ngày tiếp nhận). */
	received: Day;
	/** Day the result was due (ngày hẹn trả). */
	due: Day;
	/** Day it was resolved (ngày hoàn thành); `null` while still pending. */
	finished: Day | null;
	/** How it was filed. */
	channel: DossierChannel;
	/** Day an apology slip (phiếu xin lỗi và hẹn lại) was issued, if any. */
	apology: Day | null;
}

/** How a dossier ended, measured against its due date. */
export type Outcome = 'pending' | 'early' | 'on-time' | 'late';

/** Early = finished before the due day, on time = on it, late = after it, pending = not finished. */
export function outcomeOf(dossier: Dossier): Outcome {
	if (dossier.finished === null) return 'pending';
	if (dossier.finished < dossier.due) return 'early';
	if (dossier.finished === dossier.due) return 'on-time';
	return 'late';
}

/**
 * Whether a late dossier was covered by an apology slip in time: issued at least `leadDays`
 * before the due day. The issue counts a slip on or before the due day (`leadDays` 0); NĐ 61/2018
 * asks for one day ahead (domain.md §6), so the lead is a parameter.
 */
export function apologisedInTime(dossier: Dossier, leadDays = 0): boolean {
	return dossier.apology !== null && dossier.apology <= dossier.due - leadDays;
}
