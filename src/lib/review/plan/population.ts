import { summaryOf } from '../../content/procedure-summary';
import type { ProcedureEntry } from '../content';

/** Which procedures the annual plan chooses from. */
export interface PopulationOptions {
	/** Add the commune-level procedures, which the province also reviews (issue 10). */
	includeCommune: boolean;
}

/**
 * The procedures the annual review plan chooses from, by id: the Department’s own active
 * procedures, and with `includeCommune` the active commune-level ones too. Another agency’s
 * procedures (`otherAgency`), listed only as successors of transferred ones, are never in it.
 */
export function planPopulation(
	procedures: readonly ProcedureEntry[],
	options: PopulationOptions
): ProcedureEntry[] {
	return procedures
		.filter((procedure) => {
			const { state, otherAgency, communeLevel } = summaryOf(procedure);
			return state === 'active' && !otherAgency && (options.includeCommune || !communeLevel);
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}
