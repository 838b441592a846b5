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
						message: `thay đổi ${reasonablenessLabels[change.component]} nhưng reasonableness.${change.component} không ghi phát hiện nào (ok khác false): thêm phát hiện hoặc bỏ thay đổi`,
						severity: 'warning' as const,
					},
				]
	);
}
