import { describe, expect, test } from 'vitest';
import { recommend } from '../../../../src/lib/review/score/recommendation';

const scoring = { necessityThreshold: 50, alternativeCap: 40, componentWeights: {} };
const base = {
	necessity: 100,
	reasonableness: 100,
	legality: 100,
	alternativeExists: false,
	hasChanges: false,
};

describe('recommend', () => {
	test('keeps a procedure without findings or changes', () => {
		expect(recommend(base, scoring)).toBe('keep');
	});

	test('simplifies when a component is unreasonable or a change is proposed', () => {
		expect(recommend({ ...base, reasonableness: 90.9 }, scoring)).toBe('simplify');
		expect(recommend({ ...base, hasChanges: true }, scoring)).toBe('simplify');
	});

	test('abolishes an unnecessary procedure, or replaces it when another measure would do', () => {
		expect(recommend({ ...base, necessity: 0 }, scoring)).toBe('abolish');
		expect(recommend({ ...base, necessity: 40, alternativeExists: true }, scoring)).toBe('replace');
	});

	test('uses the configured threshold', () => {
		expect(recommend({ ...base, necessity: 60 }, { ...scoring, necessityThreshold: 70 })).toBe(
			'abolish'
		);
	});
});
