import { describe, expect, test } from 'vitest';
import { planProgress } from '../../../src/lib/review/progress/plan-progress';
import { formatProgress } from '../../../src/lib/review/progress/progress-text';
import { reviewConfigSchema } from '../../../src/schemas/review-config';
import { mockConfig, mockReview, reviewContent } from '../../support/review-factory';

const schedule = reviewConfigSchema.parse(mockConfig()).schedule;
const item = (id: string, field = 'Luật sư') => ({
	id,
	name: `Thủ tục ${id}`,
	field,
	score: 1,
	grounds: [],
	contributions: [],
});
const review = (id: string, status: 'draft' | 'submitted', history = true) =>
	mockReview({
		procedure: id,
		status,
		history: history
			? [
					{ status: 'draft', date: '2026-02-01', unit: 'P' },
					...(status === 'submitted'
						? [{ status: 'submitted' as const, date: '2026-05-01', unit: 'P' }]
						: []),
				]
			: [],
	});

describe('planProgress', () => {
	const { reviews } = reviewContent({
		reviews: [
			review('1.000001', 'submitted'),
			review('1.000002', 'draft'),
			review('9.000009', 'draft'),
		],
	});
	const progress = (asOf: string) =>
		planProgress({
			plan: {
				year: 2026,
				selected: [item('1.000001'), item('1.000002'), item('1.000003', 'Hộ tịch')],
			},
			reviews,
			schedule,
			asOf,
			unit: (field) => (field === 'Hộ tịch' ? 'Phòng Hành chính tư pháp' : 'Phòng Bổ trợ tư pháp'),
			name: (id) => `Thủ tục ${id}`,
		});

	test('counts the planned reviews started, by status and unit, and the others apart', () => {
		const result = progress('2026-03-01');
		expect([result.planned, result.started, result.submitted]).toEqual([3, 2, 1]);
		expect(result.rate).toBeCloseTo(2 / 3);
		expect(result.byStatus.slice(0, 3).map((line) => [line.label, line.count])).toEqual([
			['Chưa bắt đầu', 1],
			['Dự thảo', 1],
			['Đã trình', 1],
		]);
		expect(result.byUnit).toEqual([
			{ unit: 'Phòng Bổ trợ tư pháp', planned: 2, started: 2, submitted: 1, overdue: 0 },
			{ unit: 'Phòng Hành chính tư pháp', planned: 1, started: 0, submitted: 0, overdue: 0 },
		]);
		expect(result.outside).toEqual([{ id: '9.000009', name: 'Thủ tục 9.000009', status: 'draft' }]);
	});

	test('lists what has not reached the status its step asks for by the due day', () => {
		expect(progress('2026-06-01').overdue).toEqual([]);
		const late = progress('2026-06-02').overdue;
		expect(late.map((line) => [line.id, line.overdue?.required, line.overdue?.due])).toEqual([
			['1.000002', 'submitted', '2026-06-01'],
			['1.000003', 'submitted', '2026-06-01'],
		]);
		expect(progress('2026-07-30').overdue.map((line) => [line.id, line.overdue?.required])).toEqual(
			[
				['1.000001', 'quality-checked'],
				['1.000002', 'submitted'],
				['1.000003', 'submitted'],
			]
		);
	});
});

describe('formatProgress', () => {
	test('writes done of planned with a whole percentage', () => {
		expect(formatProgress(7, 48)).toBe('7 / 48 (15%)');
		expect(formatProgress(0, 0)).toBe('0 / 0 (0%)');
		expect(formatProgress(1200, 1500)).toBe('1.200 / 1.500 (80%)');
	});
});
