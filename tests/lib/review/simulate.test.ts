import { describe, expect, test } from 'vitest';
import { scoreRecord } from '../../../src/lib/review/score/score-record';
import { simulate, toggleChange, yearEffect } from '../../../src/lib/review/simulate';
import { simulatorProps } from '../../../src/lib/review/simulator-props';
import { mockReview, reviewContent } from '../../support/review-factory';

const content = reviewContent({
	reviews: [
		mockReview(),
		mockReview({ year: 2025, option: { action: 'abolish', summary: 'Bãi bỏ.', changes: [] } }),
	],
});

describe('simulate', () => {
	test('with every change on, gives exactly the numbers of npm run review -- score', () => {
		for (const review of content.reviews) {
			const props = simulatorProps(review.data, content.config.hourlyIncome.value);
			const scored = scoreRecord(review, content.procedures[0], content.config);
			expect(
				simulate(
					props,
					props.changes.map(() => true)
				)
			).toEqual(scored.cost);
		}
	});

	test('with every change off, saves nothing unless the procedure is abolished', () => {
		const props = simulatorProps(content.reviews[0]!.data, content.config.hourlyIncome.value);
		expect(simulate(props, [false]).saving).toBe(0);
		const abolished = simulatorProps(content.reviews[1]!.data, content.config.hourlyIncome.value);
		expect(simulate(abolished, []).savingRate).toBe(1);
		expect(simulate(abolished, [], false).saving).toBe(0);
	});

	test('passes only what it computes with to the island', () => {
		const props = simulatorProps(content.reviews[0]!.data, 47727);
		expect(props.cost.activities[0]).toEqual({ key: 'chuan-bi', name: 'Chuẩn bị hồ sơ', hours: 2 });
		expect(props.changes[0]).toMatchObject({
			kind: 'use-state-data',
			label: 'Khai thác dữ liệu sẵn có thay bản sao',
		});
		expect(JSON.stringify(props)).not.toContain('estimate');
	});
});

describe('toggleChange', () => {
	const base = simulatorProps(content.reviews[0]!.data, 47727);
	const change = base.changes[0]!;
	const props = {
		...base,
		changes: [
			{ ...change, label: 'Chuyển sang trực tuyến', requires: [] },
			{ ...change, label: 'Giảm phí, lệ phí', requires: [0] },
			{ ...change, label: 'Rút ngắn thời hạn', requires: [] },
		],
	};

	test('switches off what requires a change, and says so', () => {
		expect(toggleChange(props, [true, true, true], 0)).toEqual({
			enabled: [false, false, true],
			note: 'Tắt cả “Giảm phí, lệ phí”: thay đổi này chỉ thực hiện được cùng “Chuyển sang trực tuyến”.',
		});
	});

	test('switches on what a change requires, and says so', () => {
		expect(toggleChange(props, [false, false, true], 1)).toEqual({
			enabled: [true, true, true],
			note: 'Bật cả “Chuyển sang trực tuyến”: “Giảm phí, lệ phí” chỉ thực hiện được cùng thay đổi này.',
		});
	});

	test('moves a change alone when nothing depends on it', () => {
		expect(toggleChange(props, [true, true, true], 2)).toEqual({ enabled: [true, true, false] });
	});
});

describe('simulatorProps and yearEffect', () => {
	test('resolves required keys to positions', () => {
		const review = structuredClone(content.reviews[0]!.data);
		review.option.changes = [
			{ ...review.option.changes[0]!, key: 'truc-tuyen' },
			{ ...review.option.changes[0]!, requires: ['truc-tuyen'] },
		];
		expect(simulatorProps(review, 47727).changes.map((item) => item.requires)).toEqual([[], [0]]);
	});

	test('puts the simulated option in the year’s totals in place of the proposed one', () => {
		const props = simulatorProps(content.reviews[0]!.data, 47727, {
			year: 2026,
			totals: { before: 10_000_000, after: 6_000_000 },
			records: 3,
		});
		const proposed = simulate(props, [true]);
		const none = simulate(props, [false]);
		const year = yearEffect(props, none, proposed)!;
		expect(year.after).toBe(6_000_000 - proposed.after.perYear + none.after.perYear);
		expect(year.saving).toBe(10_000_000 - year.after);
		expect(
			yearEffect(simulatorProps(content.reviews[0]!.data, 47727), none, proposed)
		).toBeUndefined();
	});
});
