/** Dossiers received per procedure in each year, from the files of `content/dossiers/`. */
export interface DossierVolumes {
	/** Received dossiers by year, then by procedure id. */
	byYear: Map<number, Map<string, number>>;
	/** Years whose counts come (partly) from generated sample files. */
	sampleYears: Set<number>;
	/** Files whose dossiers were received in each year, relative to the root. */
	files: Map<number, string[]>;
}

/** Dossiers of procedure `id` received in `year`; `undefined` when the files hold no dossier of that year. */
export function receivedIn(volumes: DossierVolumes, year: number, id: string): number | undefined {
	const counts = volumes.byYear.get(year);
	return counts ? (counts.get(id) ?? 0) : undefined;
}
