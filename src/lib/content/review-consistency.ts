import { reasonablenessLabels } from '../../schemas/review-form';
import type { ReviewRecord } from '../../schemas/review-record';
import { hasFinding } from '../review/answers';
import type { Problem } from '../validation/friendly-errors';

/**
 * The “after” cost may change only lines tied to a finding (domain.md §5): a change to a
 * component answered “Có” in section III is reported, so the officer adds the finding or drops
 * the change.
 */
export function changesWithoutFinding(file: string, record: ReviewRecord): Problem[] {
	return record.option.changes.flatMap((change, index) =>
		hasFinding(record.reasonableness[change.component])
			? []
			: [
					{
						file,
						path: `option.changes[${index}].component`,
						message: `changes ${reasonablenessLabels[change.component]}, but reasonableness.${change.component} has no finding (ok is not false)`,
						severity: 'warning' as const,
					},
				]
	);
}
