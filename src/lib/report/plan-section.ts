import type { Organisation } from '../../config/organisation';
import type { ReviewConfig, ScheduleStep } from '../../schemas/review-config';
import type { ReviewStatus } from '../../schemas/review-record';
import type { ReviewEntry } from '../review/content';
import type { Plan } from '../review/plan/build-plan';
import { planProgress, type PlanProgress } from '../review/progress/plan-progress';
import { todayInVietnam } from '../format/today';

/** One procedure of the plan as the documents print it (TT 02/2017 Điều 24: who, when, why). */
export interface PlanRow {
	/** 1-based position in the plan (STT). */
	index: number;
	id: string;
	name: string;
	field: string;
	/** Priority score 0–100. */
	score: number;
	/** Căn cứ lựa chọn, strongest first. */
	grounds: string[];
	/** Đơn vị chủ trì. */
	leadUnit: string;
	/** Thời hạn hoàn thành, yyyy-mm-dd. */
	deadline: string;
	/** Where its review of the plan year stands; `null` when not started. */
	reviewStatus: ReviewStatus | null;
}

/** A cut target of the plan (chỉ tiêu cắt giảm), with the document that sets it. */
export interface TargetLine {
	key: 'cost' | 'count' | 'time';
	/** What is cut, in Vietnamese. */
	label: string;
	share: number;
	basis: string;
}

/** The plan part of a report: coverage against the target, the procedures, targets and schedule. */
export interface PlanSection {
	year: number;
	/** Share of active procedures to select (the department’s own target). */
	share: number;
	/** Active procedures. */
	population: number;
	/** ceil(share × population). */
	required: number;
	/** Procedures selected. */
	selected: number;
	/** selected ÷ population. */
	coverage: number;
	/** Review records of the plan year so far. */
	reviewed: number;
	/** Of those, procedures the plan selected. */
	reviewedInPlan: number;
	rows: PlanRow[];
	/** Signals the plan had to do without, and remarks about its data. */
	missingSignals: string[];
	notes: string[];
	targets: TargetLine[];
	/** Tổ chức thực hiện: steps with their due day, yyyy-mm-dd. */
	schedule: { task: string; by: string; due: string }[];
	/** Where the planned reviews stand against the schedule: x of N, by unit, overdue, outside the plan. */
	progress: PlanProgress;
}

/** Labels of the cut targets, shared by every format. */
export const targetLabels: Record<TargetLine['key'], string> = {
	cost: 'Chi phí tuân thủ',
	count: 'Số lượng thủ tục hành chính',
	time: 'Thời gian giải quyết',
};

/** The due day of a schedule step in `year`, yyyy-mm-dd. */
function dueDay(step: ScheduleStep, year: number): string {
	return `${year}-${step.due}`;
}

/** What the plan needs to know of the organisation. */
export type PlanOrganisation = Pick<Organisation, 'agency' | 'leadUnits' | 'defaultLeadUnit'>;

/**
 * Đơn vị chủ trì of a procedure: the unit named in its review of the plan year (without the
 * department’s own name after it, which the whole document already bears), else the unit set
 * for its field in `organisation.leadUnits`, else the default followed by the field’s name.
 */
export function leadUnit(
	field: string,
	review: ReviewEntry | undefined,
	organisation: PlanOrganisation
): string {
	const named = review?.data.reviewer.unit.replace(`, ${organisation.agency}`, '');
	return (
		named ?? organisation.leadUnits[field] ?? `${organisation.defaultLeadUnit} ${field}`.trim()
	);
}

/** Arranges the plan of a year with its lead units, deadlines, targets and schedule. */
export function planSection(
	plan: Plan,
	config: ReviewConfig,
	reviews: readonly ReviewEntry[],
	organisation: PlanOrganisation,
	asOf: string = todayInVietnam()
): PlanSection {
	const ofYear = new Map(
		reviews
			.filter((review) => review.data.year === plan.year)
			.map((review) => [review.data.procedure, review])
	);
	const deadlineStep = config.schedule.find((step) => step.procedureDeadline)!;
	const selectedIds = new Set(plan.selected.map((item) => item.id));
	const targets = (['cost', 'count', 'time'] as const).flatMap((key) => {
		const target = config.targets[key];
		return target
			? [{ key, label: targetLabels[key], share: target.share, basis: target.basis }]
			: [];
	});
	return {
		year: plan.year,
		share: plan.share,
		population: plan.population,
		required: plan.required,
		selected: plan.selected.length,
		coverage: plan.population === 0 ? 0 : plan.selected.length / plan.population,
		reviewed: ofYear.size,
		reviewedInPlan: [...ofYear.keys()].filter((id) => selectedIds.has(id)).length,
		rows: plan.selected.map((item, index) => ({
			index: index + 1,
			id: item.id,
			name: item.name,
			field: item.field,
			score: item.score,
			grounds: item.grounds,
			leadUnit: leadUnit(item.field, ofYear.get(item.id), organisation),
			deadline: dueDay(deadlineStep, plan.year),
			reviewStatus: ofYear.get(item.id)?.data.status ?? null,
		})),
		missingSignals: plan.missingSignals,
		notes: plan.notes,
		targets,
		schedule: config.schedule.map((step) => ({
			task: step.task,
			by: step.by,
			due: dueDay(step, plan.year),
		})),
		progress: planProgress({
			plan,
			reviews,
			schedule: config.schedule,
			asOf,
			unit: (field, review) => leadUnit(field, review, organisation),
			name: (id) => plan.ranking.find((item) => item.id === id)?.name ?? id,
		}),
	};
}
