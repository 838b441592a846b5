import { describe, expect, test } from 'vitest';
import { buildPlan } from '../../../../src/lib/review/plan/build-plan';
import type { ProcedureInput } from '../../../../src/schemas/procedure';
import { mockProcedure } from '../../../support/procedure-factory';
import { mockConfig, mockReview, reviewContent } from '../../../support/review-factory';

/** `count` active procedures with codes 1.000001…, equal in every ground. */
function procedures(
	count: number,
	overrides: (index: number) => Partial<ProcedureInput> = () => ({})
): ProcedureInput[] {
	return Array.from({ length: count }, (_, index) => {
		const code = `1.${String(index + 1).padStart(6, '0')}`;
		return mockProcedure({ code, name: `Thủ tục ${index + 1}`, ...overrides(index) });
	});
}

describe('buildPlan', () => {
	test('selects ceil(share × active procedures), leaving out inactive ones', () => {
		const list = [
			...procedures(10),
			mockProcedure({
				code: '3.000333',
				status: { state: 'transferred', successor: { agency: 'Công an tỉnh' } },
			}),
		];
		const plan = buildPlan(reviewContent({ procedures: list }), { year: 2027 });
		expect(plan).toMatchObject({ year: 2027, share: 0.3, population: 10, required: 3 });
		expect(plan.selected).toHaveLength(3);
		expect(plan.ranking.map((item) => item.id)).not.toContain('3.000333');
	});

	test('chooses from the commune-level procedures only when asked or configured', () => {
		const list = [
			...procedures(10),
			...procedures(10, () => ({ level: ['commune'], field: 'Hộ tịch' })).map(
				(procedure, index) => ({
					...procedure,
					code: `2.${String(index + 1).padStart(6, '0')}`,
				})
			),
		];
		const own = buildPlan(reviewContent({ procedures: list }), { year: 2027 });
		expect(own).toMatchObject({ population: 10, required: 3, notes: [] });
		const withCommune = buildPlan(reviewContent({ procedures: list }), {
			year: 2027,
			includeCommune: true,
		});
		expect(withCommune).toMatchObject({ population: 20, required: 6 });
		expect(withCommune.notes).toContain('Gồm cả 10 thủ tục cấp xã.');
		const configured = reviewContent({
			procedures: list,
			config: mockConfig({ includeCommune: true }),
		});
		expect(buildPlan(configured, { year: 2027 }).population).toBe(20);
		expect(buildPlan(configured, { year: 2027, includeCommune: false }).population).toBe(10);
	});

	test('breaks ties by id, so the same input always gives the same plan', () => {
		const content = reviewContent({ procedures: procedures(10).reverse() });
		const first = buildPlan(content, { year: 2027 });
		expect(first.selected.map((item) => item.id)).toEqual(['1.000001', '1.000002', '1.000003']);
		expect(buildPlan(content, { year: 2027 })).toEqual(first);
	});

	test('honours --share and never rounds 0.3 × 10 up to 4', () => {
		const content = reviewContent({ procedures: procedures(10) });
		expect(buildPlan(content, { year: 2027, share: 0.5 }).required).toBe(5);
		expect(buildPlan(content, { year: 2027, share: 0.3 }).required).toBe(3);
	});

	test('ranks recently reviewed procedures below never-reviewed ones and says why', () => {
		const content = reviewContent({
			procedures: procedures(4),
			reviews: [mockReview({ procedure: '1.000001', year: 2026 })],
		});
		const plan = buildPlan(content, { year: 2027, share: 0.25 });
		expect(plan.ranking.at(-1)!.id).toBe('1.000001');
		expect(plan.ranking.at(-1)!.grounds).toContain('Lần rà soát gần nhất năm 2026 (cách 1 năm)');
		expect(plan.selected[0]!.grounds).toContain(
			'Chưa được rà soát, đánh giá lần nào trong hệ thống'
		);
	});

	test('reports missing dossier and feedback signals and still ranks on the others', () => {
		const list = procedures(3, (index) =>
			index === 2 ? { legalBasis: [{ number: '18/2026/NĐ-CP' }] } : {}
		);
		const plan = buildPlan(reviewContent({ procedures: list }), { year: 2027, share: 0.34 });
		expect(plan.missingSignals).toEqual([
			'Chưa có số liệu hồ sơ năm 2026: chưa xét số lượng hồ sơ, tỷ lệ trễ hạn và thời gian giải quyết thực tế.',
			'Chưa có số liệu phản ánh, kiến nghị năm 2026.',
			'Chưa có chi phí tuân thủ của thủ tục nào (chưa có bản rà soát trước năm 2027).',
		]);
		expect(plan.selected[0]).toMatchObject({ id: '1.000003' });
		expect(plan.selected[0]!.grounds).toContain('Căn cứ pháp lý thay đổi: 18/2026/NĐ-CP');
	});

	test('uses dossier signals: volume, late rate and time limit against handling time', () => {
		const content = reviewContent({ procedures: procedures(3) });
		const plan = buildPlan(content, {
			year: 2027,
			share: 0.34,
			dossiers: {
				years: [2026],
				byProcedure: {
					'1.000002': { received: 500, finished: 400, late: 40, avgHandlingDays: 2 },
					'1.000003': { received: 20, finished: 20, late: 0, avgHandlingDays: 7 },
				},
			},
		});
		expect(plan.missingSignals.some((line) => line.includes('hồ sơ'))).toBe(false);
		expect(plan.selected[0]!.id).toBe('1.000002');
		expect(plan.selected[0]!.grounds).toEqual(
			expect.arrayContaining([
				'Nhiều hồ sơ: 500 hồ sơ năm 2026',
				'Tỷ lệ trễ hạn 10% (40/400 hồ sơ năm 2026)',
				'Thời hạn 5 ngày làm việc (≈ 7 ngày) dài hơn thời gian giải quyết thực tế bình quân 2 ngày',
			])
		);
	});

	test('marks grounds from sample feedback as sample data', () => {
		const content = reviewContent({
			procedures: procedures(3),
			feedback: [{ year: 2026, sample: true, source: 'Mẫu', counts: { '1.000003': 4 } }],
		});
		const plan = buildPlan(content, { year: 2027, share: 0.34 });
		expect(plan.selected[0]!.grounds).toContain('4 phản ánh, kiến nghị năm 2026 (dữ liệu mẫu)');
		expect(plan.notes).toContain('Số liệu phản ánh, kiến nghị năm 2026 là dữ liệu mẫu.');
	});

	test('covers every procedure within a few years when each plan is carried out', () => {
		const list = procedures(20, (index) => ({
			documents: [
				{
					items: Array.from({ length: (index % 5) + 1 }, (_, n) => ({
						name: `Giấy ${n}`,
						originals: 1,
						copies: 0,
					})),
				},
			],
		}));
		const reviews: ReturnType<typeof mockReview>[] = [];
		const covered = new Set<string>();
		for (const year of [2026, 2027, 2028, 2029]) {
			const plan = buildPlan(reviewContent({ procedures: list, reviews }), { year });
			for (const item of plan.selected) {
				covered.add(item.id);
				reviews.push(mockReview({ procedure: item.id, year }));
			}
		}
		expect(covered.size).toBe(20);
	});
});
