import { describe, expect, test } from 'vitest';
import { savingConcentration } from '../../../src/lib/report/concentration';
import { keyMessages } from '../../../src/lib/report/key-messages';
import { median } from '../../../src/lib/review/median';
import { mockReport } from '../../support/report-factory';

const cost = (before: number, saving: number) => ({
	before: { perYear: before },
	saving,
	savingRate: before === 0 ? 0 : saving / before,
});

describe('savingConcentration', () => {
	test('gives each procedure’s share, largest first, and the median rate beside the weighted one', () => {
		const result = savingConcentration([
			{ id: 'a', name: 'A', cost: cost(1000, 100) },
			{ id: 'b', name: 'B', cost: cost(100_000, 90_000) },
			{ id: 'c', name: 'C', cost: cost(1000, 0) },
		]);
		expect(result.shares.map((line) => [line.id, line.share])).toEqual([
			['b', 90_000 / 90_100],
			['a', 100 / 90_100],
			['c', 0],
		]);
		expect(result.medianRate).toBe(0.1);
		expect(result.weightedRate).toBeCloseTo(90_100 / 102_000);
		expect(result.topShare).toBeCloseTo(0.9989, 4);
	});

	test('is empty and zero without reviews', () => {
		expect(savingConcentration([])).toEqual({
			shares: [],
			medianRate: 0,
			weightedRate: 0,
			topShare: 0,
		});
	});
});

describe('median', () => {
	test('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(median([])).toBe(0);
	});
});

describe('keyMessages', () => {
	test('opens with the plan’s progress as x / N (%), then the saving and its concentration', () => {
		const data = mockReport();
		const messages = keyMessages(data);
		const { progress } = data.plan;
		expect(progress.planned).toBe(3);
		expect(messages[0]).toMatch(
			new RegExp(`^Đã rà soát ${progress.started} / 3 \\(\\d+%\\) thủ tục trong Kế hoạch năm 2026`)
		);
		expect(messages[0]).toContain('(tính đến 01/03/2026)');
		expect(messages[1]).toMatch(
			/^Các phương án tiết kiệm [\d.]+ đ mỗi năm, tức [\d,]+% chi phí tuân thủ/
		);
		expect(messages[2]).toMatch(
			/^Riêng thủ tục “.+” chiếm [\d,]+% số tiết kiệm; tỷ lệ cắt giảm trung vị/
		);
		expect(messages.at(-1)).toContain('dữ liệu mẫu');
	});
});
