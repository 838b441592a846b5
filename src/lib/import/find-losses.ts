import { UserError } from '../cli/run';
import { formatNumber } from '../format/vi';
import { noInfo } from './clean-text';
import type { CataloguePlan } from './plan-catalogue';

/** One thing a procedure file has now and would not have after the run. */
export interface Loss {
	/** Front matter path, e.g. `documents` or `provenance.url`. */
	field: string;
	/** What is there now, briefly: “7 giấy tờ”, “national-db → provincial-portal”. */
	now: string;
}

/** What one procedure would lose: parts of its content, or its source record altogether. */
export type ProcedureLoss =
	| { id: string; losses: Loss[] }
	| { id: string; dropped: true; dataset: string };

/**
 * Lists sections that would go from non-empty to empty, with the unit the count is read in.
 * These are the components an officer reviews and a citizen reads; an empty one is a hollowed
 * procedure, whatever the cause.
 */
const sections: Record<string, (count: number) => string> = {
	applicants: (count) => `${count} đối tượng`,
	channels: (count) => `${count} cách thức`,
	documents: (count) => `${count} giấy tờ`,
	steps: (count) => `${count} bước`,
	conditions: (count) => `${count} điều kiện`,
	results: (count) => `${count} kết quả`,
	legalBasis: (count) => `${count} văn bản`,
	forms: (count) => `${count} mẫu`,
};

/** Provenance fields that say where a value was read and when. */
const provenanceFields = ['url', 'decision', 'document', 'eraHint'] as const;

/** The placeholder snapshot the importer states when no source dates a record. */
const undated = /^không rõ/;

/**
 * What the file’s front matter `before` has and `after` would not: a section emptied, the
 * implementing agency reduced to “Không có thông tin”, a provenance field gone, the snapshot
 * undated, or the source downgraded from the national database. The rule is deliberately strict:
 * one hollowed procedure is exactly the damage a corrupt record does, so none is let through.
 */
export function findLosses(
	before: Record<string, unknown>,
	after: Record<string, unknown>
): Loss[] {
	const losses: Loss[] = [];
	for (const [field, describe] of Object.entries(sections)) {
		const now = itemCount(field, before[field]);
		if (now > 0 && itemCount(field, after[field]) === 0) losses.push({ field, now: describe(now) });
	}
	const agencyNow = text(record(before.agencies).implementing);
	const agencyAfter = text(record(after.agencies).implementing);
	if (agencyNow && agencyNow !== noInfo && (!agencyAfter || agencyAfter === noInfo))
		losses.push({ field: 'agencies.implementing', now: brief(agencyNow) });
	const was = record(before.provenance);
	const will = record(after.provenance);
	for (const key of provenanceFields) {
		const now = text(was[key]);
		if (now && !text(will[key])) losses.push({ field: `provenance.${key}`, now: brief(now) });
	}
	const snapshot = text(was.snapshot);
	if (
		snapshot &&
		!undated.test(snapshot) &&
		(!text(will.snapshot) || undated.test(text(will.snapshot)))
	)
		losses.push({ field: 'provenance.snapshot', now: brief(snapshot) });
	if (was.source === 'national-db' && will.source !== 'national-db')
		losses.push({
			field: 'provenance.source',
			now: `national-db → ${text(will.source) || '(trống)'}`,
		});
	return losses;
}

/** Every loss of a planned run: per differing file, and each file the sources no longer produce. */
export function findCatalogueLosses(plan: CataloguePlan): ProcedureLoss[] {
	const result: ProcedureLoss[] = [];
	for (const { id, plan: write } of plan.files) {
		if (write.action !== 'differs' || !write.before) continue;
		const losses = findLosses(write.before, write.after);
		if (losses.length > 0) result.push({ id, losses });
	}
	for (const { id, dataset } of plan.dropped) result.push({ id, dropped: true, dataset });
	return result;
}

/** How many items a section holds; documents count their items across groups. */
function itemCount(field: string, value: unknown): number {
	if (!Array.isArray(value)) return 0;
	if (field !== 'documents') return value.length;
	return value.reduce<number>((sum, group) => {
		const items = record(group).items;
		return sum + (Array.isArray(items) ? items.length : 0);
	}, 0);
}

/** `value` as an object, or an empty one. */
function record(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** `value` as trimmed text, or ''. */
function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** A value quoted and cut short for a one-line message. */
function brief(value: string): string {
	return `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
}

/**
 * Refuses a run that would lose content, before anything is written; `--allow-shrink` lets it
 * through once the officer has read the list and knows the sources really dropped it.
 */
export class ShrinkError extends UserError {
	constructor(
		readonly losses: ProcedureLoss[],
		/** Procedure files in the output folder before the run. */
		readonly existing: number
	) {
		super(
			`lần nhập này sẽ làm mất nội dung của ${formatNumber(losses.length)} trong ${formatNumber(existing)} thủ tục; không ghi tệp nào (chạy lại với --allow-shrink nếu đúng là nguồn đã bỏ các nội dung này)`
		);
	}
}
