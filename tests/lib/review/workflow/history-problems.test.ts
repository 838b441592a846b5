import { describe, expect, test } from 'vitest';
import { historyProblems } from '../../../../src/lib/review/workflow/history-problems';
import type { StatusChange } from '../../../../src/schemas/review-history';
import type { ReviewStatus } from '../../../../src/schemas/review-status';

const file = 'content/reviews/2026/1.002153.md';

function step(status: ReviewStatus, date: string, reason?: string): StatusChange {
	return { status, date, unit: 'Phòng Bổ trợ tư pháp', ...(reason && { reason }) };
}

function paths(status: ReviewStatus, history: StatusChange[]): string[] {
	return historyProblems(file, { status, history }).map(
		(problem) => `${problem.path}: ${problem.message}`
	);
}

describe('historyProblems', () => {
	test('accepts a draft without history and a cycle followed step by step', () => {
		expect(paths('draft', [])).toEqual([]);
		const cycle = [
			step('draft', '2026-02-10'),
			step('submitted', '2026-05-20'),
			step('quality-checked', '2026-07-10'),
			step('finalised', '2026-08-05'),
			step('adopted', '2026-09-12'),
			step('implemented', '2026-10-01'),
		];
		expect(paths('implemented', cycle)).toEqual([]);
	});

	test('asks for the history of a record past the draft', () => {
		expect(paths('submitted', [])).toEqual([
			expect.stringMatching(/^history: trạng thái submitted \(Đã trình\) cần lịch sử/),
		]);
	});

	test('reports dates that go back, skipped steps and a status that is not the last move', () => {
		const history = [
			step('draft', '2026-03-01'),
			step('submitted', '2026-02-01'),
			step('finalised', '2026-08-01'),
		];
		expect(paths('submitted', history)).toEqual([
			'history[1].date: ngày cần từ 2026-03-01 (bước trước) trở đi, đang là 2026-02-01',
			'history[2].status: sau submitted (Đã trình) cần quality-checked, đang là finalised (bỏ qua bước)',
			'status: cần trùng với bước cuối của history (finalised), đang là submitted',
		]);
	});

	test('lets a review go back only with a reason', () => {
		const adopted = [
			step('draft', '2026-02-10'),
			step('submitted', '2026-05-20'),
			step('quality-checked', '2026-07-10'),
			step('finalised', '2026-08-05'),
			step('adopted', '2026-09-12'),
		];
		expect(paths('finalised', [...adopted, step('finalised', '2026-10-02')])).toEqual([
			expect.stringMatching(/^history\[5\]\.reason: quay lại finalised .* cần ghi lý do/),
		]);
		expect(
			paths('finalised', [...adopted, step('finalised', '2026-10-02', 'Bộ Tư pháp góp ý lại')])
		).toEqual([]);
	});

	test('starts with the draft', () => {
		expect(paths('submitted', [step('submitted', '2026-05-20')])[0]).toBe(
			'history[0].status: bước đầu tiên cần là draft (Dự thảo), đang là submitted'
		);
	});
});
