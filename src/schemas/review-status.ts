import { z } from 'astro/zod';

/**
 * Where a review stands in the annual cycle of domain.md §2.2: the lead unit drafts and submits
 * it, the provincial office checks its quality, the lead unit finalises the option, the
 * Chairman adopts it by decision, then it is either sent to the ministry (the law to change is
 * central) or implemented in the province.
 */
export const reviewStatuses = [
	'draft',
	'submitted',
	'quality-checked',
	'finalised',
	'adopted',
	'sent-to-ministry',
	'implemented',
] as const;

/** Vietnamese labels of {@link reviewStatuses}. */
export const reviewStatusLabels: Record<ReviewStatus, string> = {
	draft: 'Dự thảo',
	submitted: 'Đã trình',
	'quality-checked': 'Đã kiểm soát chất lượng',
	finalised: 'Đã hoàn thiện phương án',
	adopted: 'Đã thông qua phương án',
	'sent-to-ministry': 'Đã gửi bộ, ngành',
	implemented: 'Đã thực thi',
};

/** The statuses each status may move on to; the last two both follow adoption. */
export const nextStatuses: Record<ReviewStatus, readonly ReviewStatus[]> = {
	draft: ['submitted'],
	submitted: ['quality-checked'],
	'quality-checked': ['finalised'],
	finalised: ['adopted'],
	adopted: ['sent-to-ministry', 'implemented'],
	'sent-to-ministry': ['implemented'],
	implemented: [],
};

/** The status as a zod enum with a Vietnamese message. */
export const reviewStatusSchema = z.enum(reviewStatuses, {
	errorMap: () => ({ message: `cần một trong các trạng thái ${reviewStatuses.join(', ')}` }),
});

/** Position in the cycle: 0 for draft … 5 and 6 for the two ends after adoption. */
export function statusRank(status: ReviewStatus): number {
	return reviewStatuses.indexOf(status);
}

/** Whether a record at `status` has reached `target` in the cycle. */
export function hasReached(status: ReviewStatus, target: ReviewStatus): boolean {
	return statusRank(status) >= statusRank(target);
}

/** Adopted options are the Chairman’s decision: the record is read-only until reopened with a reason. */
export function isLocked(status: ReviewStatus): boolean {
	return hasReached(status, 'adopted');
}

export type ReviewStatus = (typeof reviewStatuses)[number];
