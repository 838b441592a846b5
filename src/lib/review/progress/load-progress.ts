import { organisation } from '../../../config/organisation';
import { todayInVietnam } from '../../format/today';
import { leadUnit } from '../../report/plan-section';
import { procedureById, type ReviewContent } from '../content';
import type { Plan } from '../plan/build-plan';
import { planProgress, type PlanProgress } from './plan-progress';

/** Progress of `plan` from the project’s content, measured today unless told otherwise. */
export function contentProgress(
	content: ReviewContent,
	plan: Pick<Plan, 'year' | 'selected'>,
	asOf: string = todayInVietnam()
): PlanProgress {
	return planProgress({
		plan,
		reviews: content.reviews,
		schedule: content.config.schedule,
		asOf,
		unit: (field, review) => leadUnit(field, review, organisation),
		name: (id) => procedureById(content, id)?.data.name ?? id,
	});
}
