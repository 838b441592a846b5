import type { Procedure } from '../../../schemas/procedure';
import type { ReviewConfig } from '../../../schemas/review-config';
import type { ReviewRecord } from '../../../schemas/review-record';
import type { Problem } from '../../validation/friendly-errors';
import type { DossierVolumes } from '../volumes/received';
import { historyProblems } from '../workflow/history-problems';
import { readinessProblems } from '../workflow/readiness';
import { dependencyProblems } from './change-dependencies';
import { dossierVolumeProblems } from './dossier-volume';
import { temporaryFeeProblems } from './temporary-fees';

/** What the record checks need besides the record: its procedure, the settings and the dossier counts. */
export interface RecordCheckContext {
	procedure?: Procedure;
	/** W, for the cost a submitted review must have; skipped without settings. */
	hourlyIncome?: ReviewConfig['hourlyIncome']['value'];
	/** Dossier counts, read only when a record takes a volume `from: dossiers`; skipped when absent (the browser). */
	volumes?: () => DossierVolumes;
}

/**
 * The review workflow’s own checks on one valid record, run by `npm run check`, by the
 * workbench before it saves and by its form as the officer types: the status history, what each
 * status needs, dependent changes, the fee rates of the review year and the volumes taken from
 * the dossier files. Pure: the browser bundles it.
 */
export function recordProblems(
	file: string,
	record: ReviewRecord,
	context: RecordCheckContext
): Problem[] {
	return [
		...historyProblems(file, record),
		...(context.hourlyIncome === undefined
			? []
			: readinessProblems(file, record, context.hourlyIncome)),
		...dependencyProblems(file, record),
		...(context.procedure ? temporaryFeeProblems(file, record, context.procedure) : []),
		...(context.volumes && usesDossierVolume(record)
			? dossierVolumeProblems(file, record, context.volumes())
			: []),
	];
}

function usesDossierVolume(record: ReviewRecord): boolean {
	return (
		record.cost.dossiersPerYear?.from === 'dossiers' ||
		record.cost.subjectsPerYear?.from === 'dossiers'
	);
}
