import { describe, expect, test } from 'vitest';
import { buildPlan } from '../../../../src/lib/review/plan/build-plan';
import {
	groundRules,
	type GroundContext,
	type ProcedureFacts,
} from '../../../../src/lib/review/plan/grounds';
import { mockProcedure } from '../../../support/procedure-factory';
import { mockConfig, reviewContent } from '../../../support/review-factory';
import { parsedStateData } from '../../../support/state-data-factory';

const facts: ProcedureFacts = {
	id: '1.000001',
	name: 'Thủ tục',
	field: 'Luật sư',
	burden: { papers: 2, sheets: 2 },
	newLegalDocuments: [],
	onceOnly: { papers: 1, databases: ['Cơ sở dữ liệu lý lịch tư pháp'] },
};
const maxima = { received: 0, feedback: 0, yearlyCost: 0, sheets: 2, onceOnly: 2 };
const context = {} as GroundContext;

describe('groundRules.onceOnly', () => {
	test('weighs the papers a national database holds against the most in one procedure', () => {
		expect(groundRules.onceOnly(facts, maxima, context)).toEqual({
			factor: 0.5,
			text: '1 giấy tờ Nhà nước đã có dữ liệu, có thể thay bằng khai thác Cơ sở dữ liệu lý lịch tư pháp',
		});
	});

	test('does not apply to a procedure without such papers', () => {
		expect(
			groundRules.onceOnly({ ...facts, onceOnly: { papers: 0, databases: [] } }, maxima, context)
		).toBeUndefined();
	});
});

describe('buildPlan with the once-only ground', () => {
	const procedures = [
		mockProcedure({
			code: '1.000001',
			documents: [{ items: [{ name: 'Phiếu lý lịch tư pháp', originals: 1, copies: 0 }] }],
		}),
		mockProcedure({ code: '1.000002' }),
	];
	const weights = { ...mockConfig().weights, onceOnly: 5 };

	test('ranks the procedure with a paper the state holds first and says why', () => {
		const content = {
			...reviewContent({ procedures, config: mockConfig({ weights }) }),
			stateData: parsedStateData(),
		};
		const plan = buildPlan(content, { year: 2027 });
		expect(plan.ranking[0]!.id).toBe('1.000001');
		expect(plan.ranking[0]!.grounds).toContain(
			'1 giấy tờ Nhà nước đã có dữ liệu, có thể thay bằng khai thác Cơ sở dữ liệu lý lịch tư pháp'
		);
	});

	test('leaves the ground out when the project has no table, and by default weighs it 0', () => {
		const plan = buildPlan(reviewContent({ procedures, config: mockConfig({ weights }) }), {
			year: 2027,
		});
		expect(plan.ranking.flatMap((item) => item.contributions.map((c) => c.ground))).not.toContain(
			'onceOnly'
		);
		expect(reviewContent({ procedures }).config.weights.onceOnly).toBe(0);
	});
});
