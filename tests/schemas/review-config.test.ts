import { describe, expect, test } from 'vitest';
import { defaultSchedule, reviewConfigSchema } from '../../src/schemas/review-config';
import { mockConfig } from '../support/review-factory';

describe('reviewConfigSchema: schedule', () => {
	test('defaults to the Bình Dương steps, with the review step as each procedure’s deadline', () => {
		const { schedule } = reviewConfigSchema.parse(mockConfig());
		expect(schedule).toHaveLength(defaultSchedule.length);
		expect(schedule.filter((step) => step.procedureDeadline).map((step) => step.due)).toEqual([
			'06-01',
		]);
	});

	test('needs exactly one step that dates the procedures', () => {
		const step = { task: 'Rà soát', by: 'Phòng', due: '06-01' };
		const none = reviewConfigSchema.safeParse(mockConfig({ schedule: [step] }));
		expect(none.success).toBe(false);
		expect(none.error!.issues[0]!.message).toContain(
			'cần đúng một bước có procedureDeadline: true'
		);
		const two = reviewConfigSchema.safeParse(
			mockConfig({
				schedule: [
					{ ...step, procedureDeadline: true },
					{ ...step, procedureDeadline: true },
				],
			})
		);
		expect(two.success).toBe(false);
	});

	test('refuses days that do not exist', () => {
		for (const due of ['02-30', '13-01', '6-1', '2026-06-01']) {
			const parsed = reviewConfigSchema.safeParse(
				mockConfig({ schedule: [{ task: 'Rà soát', by: 'Phòng', due, procedureDeadline: true }] })
			);
			expect(parsed.success, due).toBe(false);
		}
	});
});
