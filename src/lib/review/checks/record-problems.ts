import type { Procedure } from '../../../schemas/procedure';
import type { ReviewConfig } from '../../../schemas/review-config';
import type { ReviewRecord } from '../../../schemas/review-record';
import type { Problem } from '../../validation/friendly-errors';
import { countDossierVolumes, type DossierVolumes } from '../volumes/dossier-volumes';
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
	/** Dossier counts, read once per check and only when a record takes a volume `from: dossiers`. */
	volumes: () => DossierVolumes;
}

/**
 * The review workflow’s own checks on one valid record, run by `npm run check` and by the
 * workbench before it saves: the status history, what each status needs, dependent changes,
 * the fee rates of the review year and the volumes taken from the dossier files.
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
		...(usesDossierVolume(record) ? dossierVolumeProblems(file, record, context.volumes()) : []),
	];
}

function usesDossierVolume(record: ReviewRecord): boolean {
	return (
		record.cost.dossiersPerYear?.from === 'dossiers' ||
		record.cost.subjectsPerYear?.from === 'dossiers'
	);
}

/**
 * The record checks of one content check: dossier files are counted at most once, and only
 * when a record needs them.
 */
export function recordChecker(
	root: string,
	procedures: readonly { id: string; data: Pick<Procedure, 'code'> }[],
	config: Pick<ReviewConfig, 'hourlyIncome'> | undefined
): (file: string, record: ReviewRecord, procedure?: Procedure) => Problem[] {
	let volumes: DossierVolumes | undefined;
	const context = {
		hourlyIncome: config?.hourlyIncome.value,
		volumes: () =>
			(volumes ??= countDossierVolumes(
				root,
				procedures.map(({ id, data }) => ({ id, code: data.code }))
			)),
	};
	return (file, record, procedure) => recordProblems(file, record, { ...context, procedure });
}
