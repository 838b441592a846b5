import { describe, expect, test } from 'vitest';
import { organisation } from '../../../src/config/organisation';
import { leadUnit } from '../../../src/lib/report/plan-section';
import { mockReport, mockReportContent } from '../../support/report-factory';

describe('buildReport: plan', () => {
	test('gives coverage against the target and how many of the selected were reviewed', () => {
		const { plan } = mockReport();
		expect(plan).toMatchObject({ population: 10, required: 3, selected: 3, reviewed: 2 });
		expect(plan.coverage).toBeCloseTo(0.3);
		const selectedIds = plan.rows.map((row) => row.id);
		expect(plan.reviewedInPlan).toBe(
			['1.002153', '2.002039'].filter((id) => selectedIds.includes(id)).length
		);
	});

	test('dates every procedure with the step marked procedureDeadline, in the plan year', () => {
		const { plan } = mockReport(mockReportContent(), 2027);
		expect(plan.rows.every((row) => row.deadline === '2027-06-01')).toBe(true);
		expect(plan.schedule[0]).toMatchObject({ due: '2027-01-31' });
		expect(plan.targets.map((target) => target.key)).toEqual(['cost', 'count']);
	});

	test('numbers the rows and keeps the grounds of the plan', () => {
		const { plan } = mockReport();
		expect(plan.rows.map((row) => row.index)).toEqual([1, 2, 3]);
		expect(plan.rows[0]!.grounds.length).toBeGreaterThan(0);
	});
});

describe('leadUnit', () => {
	const org = { ...organisation, leadUnits: { 'Luật sư': 'Phòng Bổ trợ tư pháp' } };

	test('prefers the unit of the year’s review, without the department’s own name', () => {
		const [review] = mockReportContent().reviews;
		const named = {
			...review!,
			data: { ...review!.data, reviewer: { unit: 'Phòng X, Sở Tư pháp' } },
		};
		expect(leadUnit('Luật sư', named, org)).toBe('Phòng X');
	});

	test('falls back to the field’s unit, then to the default followed by the field', () => {
		expect(leadUnit('Luật sư', undefined, org)).toBe('Phòng Bổ trợ tư pháp');
		expect(leadUnit('Hộ tịch', undefined, org)).toBe('Phòng chuyên môn phụ trách lĩnh vực Hộ tịch');
	});
});

describe('buildReport: results', () => {
	test('is absent for a year without reviews', () => {
		expect(mockReport(mockReportContent(), 2027).results).toBeUndefined();
	});

	test('adds up cost before and after, with the rate Σ saving ÷ Σ before', () => {
		const { results } = mockReport();
		const records = results!.records;
		const before = records.reduce((sum, record) => sum + record.cost.before.perYear, 0);
		const saving = records.reduce((sum, record) => sum + record.cost.saving, 0);
		expect(results!.totals.before).toBe(before);
		expect(results!.totals.saving).toBe(saving);
		expect(results!.totals.savingRate).toBeCloseTo(saving / before, 12);
	});

	test('prints the cost inputs the score used: W, f × N, hours, fees, other costs', () => {
		const record = mockReport().results!.records.find((row) => row.id === '1.002153')!;
		// mockReview: 3.5 h, no fee, 4,000 đ certification, 40 dossiers; the change saves 0.5 h and 4,000 đ.
		expect(record.cost.before).toMatchObject({
			hours: 3.5,
			fees: 0,
			otherCosts: 4000,
			executions: 40,
		});
		expect(record.cost.after).toMatchObject({ hours: 3, fees: 0, otherCosts: 0, executions: 40 });
		expect(record.cost.hourlyIncome).toBe(47727);
	});

	test('prints zero inputs after abolishing, and a full saving', () => {
		const record = mockReport().results!.records.find((row) => row.id === '2.002039')!;
		expect(record.cost.after).toMatchObject({ hours: 0, perYear: 0, executions: 0 });
		expect(record.cost.savingRate).toBe(1);
	});

	test('groups cost by field, each field weighted like the total', () => {
		const { byField } = mockReport().results!;
		expect(byField.map((line) => line.field).sort()).toEqual(['Luật sư', 'Quốc tịch']);
		for (const line of byField) expect(line.savingRate).toBeCloseTo(line.saving / line.before, 12);
	});

	test('groups the proposals by who decides, with the document to change', () => {
		const { proposals } = mockReport().results!;
		expect(proposals.map((group) => group.decidedBy)).toEqual(['Bộ Tư pháp', 'Quốc hội']);
		expect(proposals[1]!.proposals[0]).toMatchObject({
			procedureId: '2.002039',
			document: 'Luật Quốc tịch',
			provision: 'Điều 19',
		});
	});

	test('averages each criterion and counts every status and recommendation', () => {
		const { criteria, statuses, recommendations } = mockReport().results!;
		expect(criteria.map((line) => line.key)).toEqual(['necessity', 'reasonableness', 'legality']);
		expect(criteria[1]!.withFindings).toBe(2);
		expect(statuses.find((line) => line.status === 'adopted')!.count).toBe(1);
		expect(recommendations.reduce((sum, line) => sum + line.count, 0)).toBe(2);
	});

	test('says which figures are sample data', () => {
		const report = mockReport();
		expect(report.sample).toBe(true);
		expect(report.sampleNotes[0]).toContain('dữ liệu mẫu');
	});
});
