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
	return parsed.success
		? []
		: problemsFromZodError(file, parsed.error, input, { schema }).map(formatProblem);
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
			`${file}: status: cần một trong: draft, submitted, quality-checked, finalised, adopted, sent-to-ministry, implemented; đang là "approved"`,
			`${file}: cost.otherCosts[0].amount: cần số đồng nguyên từ 0 đến 1.000.000.000, viết liền không dấu chấm, ví dụ 50000; đang là 4.5`,
		]);
	});

	test('asks for a reason for every “Không”', () => {
		const bad = mockReview();
		(bad.reasonableness as Record<string, unknown>).documents = { ok: false };
		expect(messages(bad)).toEqual([
			`${file}: reasonableness.documents.reason: cần lý do cho câu trả lời “Không” (ok: false); đang thiếu`,
		]);
	});

	test('catches a misspelt field once, naming the field meant', () => {
		const { status: _status, ...rest } = mockReview();
		expect(messages({ ...rest, statsu: 'draft' })).toEqual([
			`${file}: statsu: không có trường này trong mẫu; có phải định viết “status”?`,
		]);
	});

	test('requires a volume: dossiers per year, or times and subjects per year', () => {
		const bad: ReviewRecordInput = mockReview();
		delete bad.cost.dossiersPerYear;
		expect(messages(bad)).toEqual([
			`${file}: cost.timesPerYear: cần dossiersPerYear, hoặc cả timesPerYear và subjectsPerYear; đang thiếu`,
		]);
	});

	test('checks that effects name existing lines and do not save more than a line holds', () => {
		const bad = mockReview();
		bad.option.changes![0]!.effects = { hours: { 'chuan-bi': 3, 'nop-ho-so': 1 } };
		expect(messages(bad)).toEqual([
			`${file}: option.changes[0].effects.hours.chuan-bi: cần tổng phần tiết kiệm không quá 2 (giá trị của dòng); đang là 3`,
			`${file}: option.changes[0].effects.hours.nop-ho-so: cần khóa của một dòng trong cost.activities; đang là "nop-ho-so"`,
		]);
	});

	test('rejects a source that is not in the list', () => {
		const bad = mockReview();
		(bad.cost.activities![0] as Record<string, unknown>).from = 'guess';
		expect(messages(bad)).toEqual([
			`${file}: cost.activities[0].from: cần một trong: procedure, statistics, survey, law, estimate, dossiers; đang là "guess"`,
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
			`${file}: share: cần tỷ lệ lớn hơn 0 và không quá 1, ví dụ 0.3 cho 30%; đang là 30`,
		]);
	});

	test('requires whole đồng per hour for W', () => {
		const config = mockConfig();
		config.hourlyIncome = { ...config.hourlyIncome, value: 47727.27 };
		expect(messages(config, reviewConfigSchema)).toEqual([
			`${file}: hourlyIncome.value: cần số đồng nguyên mỗi giờ, từ 1 đến 10.000.000, ví dụ 47727; đang là 47727.27`,
		]);
	});

	test('accepts only an http(s) address for the source of W', () => {
		const config = mockConfig();
		config.hourlyIncome = { ...config.hourlyIncome, url: 'javascript:alert(1)' };
		expect(messages(config, reviewConfigSchema)).toEqual([
			`${file}: hourlyIncome.url: cần một địa chỉ web đầy đủ bắt đầu bằng https:// (hoặc http://); đang là "javascript:alert(1)"`,
		]);
	});
});
