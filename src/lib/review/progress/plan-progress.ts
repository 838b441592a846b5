import type { ReviewConfig } from '../../../schemas/review-config';
import {
	hasReached,
	reviewStatusLabels,
	reviewStatuses,
	statusRank,
	type ReviewStatus,
} from '../../../schemas/review-status';
import type { ReviewEntry } from '../content';
import type { Plan } from '../plan/build-plan';

/** One planned procedure and where its review stands. */
export interface ProgressItem {
	id: string;
	name: string;
	field: string;
	/** Đơn vị chủ trì. */
	unit: string;
	/** `null` while its review has not started. */
	status: ReviewStatus | null;
	/** The first step of the schedule it missed, if any. */
	overdue?: OverdueStep;
}

/** A step of the schedule a planned review has not reached by its due day. */
export interface OverdueStep {
	task: string;
	/** yyyy-mm-dd. */
	due: string;
	/** The status it should have reached. */
	required: ReviewStatus;
}

/** Progress of one lead unit. */
export interface UnitProgress {
	unit: string;
	planned: number;
	started: number;
	submitted: number;
	overdue: number;
}

/** How far the year’s plan has come: reviewed x of N, by status and unit, what is late, what is extra. */
export interface PlanProgress {
	year: number;
	/** Day the progress is measured on, yyyy-mm-dd. */
	asOf: string;
	/** Procedures in the plan (N). */
	planned: number;
	/** Planned procedures with a review record, whatever its status (x). */
	started: number;
	/** Of those, submitted to the head of the department or further. */
	submitted: number;
	/** started ÷ planned; 0 without a plan. */
	rate: number;
	/** Planned procedures per status, in the order of the cycle, with those not started first. */
	byStatus: { status: ReviewStatus | null; label: string; count: number }[];
	/** Per lead unit, most planned first. */
	byUnit: UnitProgress[];
	/** Planned procedures behind the schedule. */
	overdue: ProgressItem[];
	/** Reviews of the year of procedures outside the plan, counted apart. */
	outside: { id: string; name: string; status: ReviewStatus }[];
	items: ProgressItem[];
}

/** What progress is measured against. */
export interface ProgressInput {
	plan: Pick<Plan, 'year' | 'selected'>;
	reviews: readonly ReviewEntry[];
	schedule: ReviewConfig['schedule'];
	asOf: string;
	/** Lead unit of a planned procedure, given its field and its review if any. */
	unit: (field: string, review: ReviewEntry | undefined) => string;
	/** Procedure name by id, for reviews outside the plan. */
	name: (id: string) => string;
}

/** The first scheduled step a review at `status` should have reached by `asOf` and has not. */
function missedStep(
	status: ReviewStatus | null,
	year: number,
	schedule: ReviewConfig['schedule'],
	asOf: string
): OverdueStep | undefined {
	const rank = status === null ? -1 : statusRank(status);
	for (const step of schedule) {
		const due = `${year}-${step.due}`;
		if (step.status && due < asOf && rank < statusRank(step.status)) {
			return { task: step.task, due, required: step.status };
		}
	}
	return undefined;
}

/** Measures the plan of a year against its reviews and schedule on the day `asOf`. */
export function planProgress(input: ProgressInput): PlanProgress {
	const { plan, schedule, asOf } = input;
	const ofYear = new Map(
		input.reviews
			.filter((review) => review.data.year === plan.year)
			.map((review) => [review.data.procedure, review])
	);
	const items: ProgressItem[] = plan.selected.map((item) => {
		const review = ofYear.get(item.id);
		const status = review?.data.status ?? null;
		const overdue = missedStep(status, plan.year, schedule, asOf);
		return {
			id: item.id,
			name: item.name,
			field: item.field,
			unit: input.unit(item.field, review),
			status,
			...(overdue && { overdue }),
		};
	});
	const planned = new Set(items.map((item) => item.id));
	const started = items.filter((item) => item.status !== null).length;
	const units = new Map<string, UnitProgress>();
	for (const item of items) {
		const line = units.get(item.unit) ?? {
			unit: item.unit,
			planned: 0,
			started: 0,
			submitted: 0,
			overdue: 0,
		};
		line.planned += 1;
		if (item.status) line.started += 1;
		if (item.status && hasReached(item.status, 'submitted')) line.submitted += 1;
		if (item.overdue) line.overdue += 1;
		units.set(item.unit, line);
	}
	return {
		year: plan.year,
		asOf,
		planned: items.length,
		started,
		submitted: items.filter((item) => item.status && hasReached(item.status, 'submitted')).length,
		rate: items.length === 0 ? 0 : started / items.length,
		byStatus: [null, ...reviewStatuses].map((status) => ({
			status,
			label: status === null ? 'Chưa bắt đầu' : reviewStatusLabels[status],
			count: items.filter((item) => item.status === status).length,
		})),
		byUnit: [...units.values()].sort(
			(a, b) => b.planned - a.planned || a.unit.localeCompare(b.unit, 'vi')
		),
		overdue: items.filter((item) => item.overdue),
		outside: [...ofYear.values()]
			.filter((review) => !planned.has(review.data.procedure))
			.map((review) => ({
				id: review.data.procedure,
				name: input.name(review.data.procedure),
				status: review.data.status,
			}))
			.sort((a, b) => a.id.localeCompare(b.id)),
		items,
	};
}
