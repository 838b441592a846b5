import type { Procedure } from '../../../schemas/procedure';
import type { ReviewConfig } from '../../../schemas/review-config';
import type { ReviewRecord } from '../../../schemas/review-record';
import type { ContentDir } from '../../content/content-dir';
import type { ProcedureSummary } from '../../content/procedure-summary';
import type { Problem } from '../../validation/friendly-errors';
import { countDossierVolumes, type DossierVolumes } from '../volumes/dossier-volumes';
import { recordProblems } from './record-problems';

/**
 * The record checks of one content check: dossier files are counted at most once, and only
 * when a record needs them.
 */
export function recordChecker(
	content: ContentDir,
	procedures: readonly {
		id: string;
		readonly data: Pick<Procedure, 'code'>;
		/** When given, its code is read instead of the record (see procedure-summary.ts). */
		summary?: Pick<ProcedureSummary, 'code'>;
	}[],
	config: Pick<ReviewConfig, 'hourlyIncome'> | undefined
): (file: string, record: ReviewRecord, procedure?: Procedure) => Problem[] {
	let volumes: DossierVolumes | undefined;
	const context = {
		hourlyIncome: config?.hourlyIncome.value,
		volumes: () =>
			(volumes ??= countDossierVolumes(
				content,
				procedures.map((procedure) => ({
					id: procedure.id,
					code: procedure.summary ? procedure.summary.code : procedure.data.code,
				}))
			)),
	};
	return (file, record, procedure) => recordProblems(file, record, { ...context, procedure });
}
