import { describe, expect, test } from 'vitest';
import { formatProblem, problemsFromZodError } from '../../src/lib/validation/friendly-errors';
import { reviewConfigSchema } from '../../src/schemas/review-config';
import { reviewRecordSchema, type ReviewRecordInput } from '../../src/schemas/review-record';
import { mockConfig, mockReview } from '../support/review-factory';

const file = 'content/reviews/2026/1.002153.md';

/** Validates a record and returns its problems as the check prints them. */
function messages(
	input: unknown,
	schema: typeof reviewRecordSchema | typeof reviewConfigSchema = reviewRecordSchema
): string[] {
	const parsed = schema.safeParse(input);
	return parsed.success ? [] : problemsFromZodError(file, parsed.error, input).map(formatProblem);
}

describe('reviewRecordSchema', () => {
	test('accepts a complete record and fills defaults', () => {
		const record = reviewRecordSchema.parse(mockReview());
		expect(record.option.changes[0]!.effects.fees).toEqual({});
		expect(record.necessity.alternative).toEqual({ exists: false });
	});

	test('names the field of a bad status and of money written with dots', () => {
		const bad = mockReview({ status: 'approved' as never });
		bad.cost.otherCosts![0]!.amount = 4.5;
		expect(messages(bad)).toEqual([
			`${file}: status: expected one of draft, submitted, quality-checked, finalised, adopted, sent-to-ministry, implemented, got "approved"`,
			`${file}: cost.otherCosts[0].amount: expected a whole number of đồng ≥ 0, got 4.5`,
		]);
	});

	test('asks for a reason for every “Không”', () => {
		const bad = mockReview();
		(bad.reasonableness as Record<string, unknown>).documents = { ok: false };
		expect(messages(bad)).toEqual([
			`${file}: reasonableness.documents.reason: a “Không” (ok: false) needs a reason, got nothing`,
		]);
	});

	test('catches misspelt fields', () => {
		expect(messages({ ...mockReview(), statsu: 'draft' })).toEqual([
			`${file}: unknown field(s) "statsu"; check the spelling`,
		]);
	});

	test('requires a volume: dossiers per year, or times and subjects per year', () => {
		const bad: ReviewRecordInput = mockReview();
		delete bad.cost.dossiersPerYear;
		expect(messages(bad)).toEqual([
			`${file}: cost.timesPerYear: expected dossiersPerYear, or both timesPerYear and subjectsPerYear, got nothing`,
		]);
	});

	test('checks that effects name existing lines and do not save more than a line holds', () => {
		const bad = mockReview();
		bad.option.changes![0]!.effects = { hours: { 'chuan-bi': 3, 'nop-ho-so': 1 } };
		expect(messages(bad)).toEqual([
			`${file}: option.changes[0].effects.hours.chuan-bi: the changes save 3 in total but the line holds only 2, got 3`,
			`${file}: option.changes[0].effects.hours.nop-ho-so: no line with key "nop-ho-so" in cost.activities, got 1`,
		]);
	});

	test('rejects a source that is not in the list', () => {
		const bad = mockReview();
		(bad.cost.activities![0] as Record<string, unknown>).from = 'guess';
		expect(messages(bad)).toEqual([
			`${file}: cost.activities[0].from: expected one of procedure, statistics, survey, law, estimate, dossiers, got "guess"`,
		]);
	});
});

describe('reviewConfigSchema', () => {
	test('accepts the settings and defaults the share to 0.3', () => {
		const { share: _share, ...rest } = mockConfig();
		expect(reviewConfigSchema.parse(rest).share).toBe(0.3);
	});

	test('explains a share written as a percentage', () => {
		expect(messages(mockConfig({ share: 30 }), reviewConfigSchema)).toEqual([
			`${file}: share: expected a share of at most 1 (100%), got 30`,
		]);
	});

	test('requires whole đồng per hour for W', () => {
		const config = mockConfig();
		config.hourlyIncome = { ...config.hourlyIncome, value: 47727.27 };
		expect(messages(config, reviewConfigSchema)).toEqual([
			`${file}: hourlyIncome.value: expected whole đồng per hour, got 47727.27`,
		]);
	});
});
