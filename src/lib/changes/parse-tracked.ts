import { procedureSchema, type Procedure } from '../../schemas/procedure';
import { trackProcedure, type TrackedProcedure } from './tracked-values';

/**
 * The followed fields of a front matter as read from a file, or `undefined` when it is not a
 * valid procedure (the content check reports why); the decision comes with it.
 */
export function parseTracked(
	data: unknown
): { tracked: TrackedProcedure; decision?: string } | undefined {
	const parsed = procedureSchema.safeParse(data);
	if (!parsed.success) return undefined;
	const procedure: Procedure = parsed.data;
	const decision = procedure.provenance.decision;
	return { tracked: trackProcedure(procedure), ...(decision ? { decision } : {}) };
}
