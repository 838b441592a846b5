/**
 * Dossier statistics of one procedure over the year(s) before the plan year, from the one-stop
 * system (issue 5). `buildPlan` takes them as input; without them the volume, late-rate and
 * handling-time grounds are reported as missing.
 */
export interface DossierSignal {
	/** Dossiers received. */
	received: number;
	/** Dossiers finished (resolved). */
	finished: number;
	/** Finished after the due date. */
	late: number;
	/** Average handling time of finished dossiers, in calendar days; omit when unknown. */
	avgHandlingDays?: number;
}

/** Dossier statistics per procedure id, and the years they cover. */
export interface DossierSignals {
	/** Calendar years the counts cover, e.g. `[2026]`. */
	years: number[];
	/** Whether the statistics are invented sample data. */
	sample?: boolean;
	/** Signals by procedure id; a procedure not listed had no dossier. */
	byProcedure: Record<string, DossierSignal>;
}
