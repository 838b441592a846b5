import { describe, expect, test } from 'vitest';
import {
	scoreLegality,
	scoreNecessity,
	scoreReasonableness,
} from '../../../../src/lib/review/score/criteria';
import { reviewConfigSchema } from '../../../../src/schemas/review-config';
import { reviewRecordSchema } from '../../../../src/schemas/review-record';
import { mockConfig, mockReview } from '../../../support/review-factory';

const scoring = reviewConfigSchema.parse(mockConfig()).scoring;
const record = reviewRecordSchema.parse(mockReview());
const objective = { kind: 'rights' as const, text: 'Mục tiêu.', changed: false, stillMet: true };

describe('scoreNecessity', () => {
	test('scores the share of objectives unchanged and still met', () => {
		const result = scoreNecessity(
			{
				objectives: [objective, { ...objective, changed: true, reason: 'Đã khác.' }],
				alternative: { exists: false },
			},
			scoring
		);
		expect(result.score).toBe(50);
		expect(result.findings).toHaveLength(1);
		expect(result.findings[0]!.reason).toBe('Đã khác.');
	});

	test('scores 0 without any objective', () => {
		expect(scoreNecessity({ objectives: [], alternative: { exists: false } }, scoring).score).toBe(
			0
		);
	});

	test('caps the score when another measure would do', () => {
		const result = scoreNecessity(
			{ objectives: [objective], alternative: { exists: true, measure: 'Hậu kiểm' } },
			scoring
		);
		expect(result.score).toBe(40);
		expect(result.findings[0]!.reason).toBe('Hậu kiểm');
	});
});

describe('scoreReasonableness', () => {
	test('scores the share of components answered “Có”, one decimal', () => {
		const result = scoreReasonableness(record.reasonableness, scoring);
		expect(result.score).toBe(90.9);
		expect(result.findings).toEqual([
			expect.objectContaining({
				section: 'reasonableness',
				label: 'Thành phần, số lượng hồ sơ (REA.4)',
			}),
		]);
	});

	test('leaves out “không áp dụng” and applies component weights', () => {
		const answers = { ...record.reasonableness, forms: { ok: null } };
		expect(scoreReasonableness(answers, scoring).score).toBe(90);
		expect(
			scoreReasonableness(record.reasonableness, {
				...scoring,
				componentWeights: { documents: 10 },
			}).score
		).toBe(50);
	});
});

describe('scoreLegality', () => {
	test('scores 100 when every question is answered “Có”', () => {
		expect(scoreLegality(record.legality).score).toBe(100);
	});

	test('scores 75 with one “Không”', () => {
		const legality = {
			...record.legality,
			documentType: { ok: false, reason: 'Quy định trong công văn.' },
		};
		expect(scoreLegality(legality)).toMatchObject({
			score: 75,
			findings: [{ reason: 'Quy định trong công văn.' }],
		});
	});
});
