import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';
import type { ReviewContent } from '../../src/lib/review/content';
import { procedureSchema, type ProcedureInput } from '../../src/schemas/procedure';
import { reviewConfigSchema, type ReviewConfigInput } from '../../src/schemas/review-config';
import { legalityQuestions, reasonablenessComponents } from '../../src/schemas/review-form';
import { reviewRecordSchema, type ReviewRecordInput } from '../../src/schemas/review-record';
import { mockProcedure, writeProcedureFiles } from './procedure-factory';

/** Valid review settings; override any field. */
export function mockConfig(overrides: Partial<ReviewConfigInput> = {}): ReviewConfigInput {
	return {
		share: 0.3,
		shareBasis: 'Chỉ tiêu của Sở.',
		weights: {
			volume: 3,
			feedback: 2,
			lateRate: 2,
			timeSlack: 1,
			yearlyCost: 2,
			dossierBurden: 1,
			yearsSinceReview: 3,
			legalChange: 2,
		},
		hourlyIncome: {
			value: 47727,
			unit: 'đồng/giờ',
			year: 2025,
			source: 'Cục Thống kê',
			derivation: '8.400.000 ÷ 22 ÷ 8',
			verified: false,
		},
		targets: {
			cost: { share: 0.2, basis: 'NQ 68/NQ-CP' },
			count: { share: 0.2, basis: 'NQ 68/NQ-CP' },
		},
		...overrides,
	};
}

const yes = { ok: true };
const allYes = <K extends string>(keys: readonly K[]) =>
	Object.fromEntries(keys.map((key) => [key, yes])) as Record<K, typeof yes>;

/** A valid review record of 1.002153 for 2026, with one use-state-data change; override any field. */
export function mockReview(overrides: Partial<ReviewRecordInput> = {}): ReviewRecordInput {
	return {
		procedure: '1.002153',
		year: 2026,
		sample: true,
		status: 'draft',
		reviewer: { unit: 'Phòng Bổ trợ tư pháp' },
		necessity: {
			objectives: [
				{ kind: 'rights', text: 'Luật sư hành nghề hợp pháp.', changed: false, stillMet: true },
			],
		},
		reasonableness: {
			...allYes(reasonablenessComponents),
			documents: { ok: false, reason: 'Bản sao hợp đồng lao động là thừa.' },
		},
		legality: allYes(legalityQuestions),
		cost: {
			activities: [
				{ key: 'chuan-bi', name: 'Chuẩn bị hồ sơ', hours: 2, from: 'estimate' },
				{ key: 'di-lai', name: 'Đi lại', hours: 1.5, from: 'estimate' },
			],
			fees: [{ key: 'le-phi', name: 'Lệ phí', amount: 0, from: 'procedure' }],
			otherCosts: [{ key: 'chung-thuc', name: 'Chứng thực', amount: 4000, from: 'estimate' }],
			dossiersPerYear: { value: 40, from: 'estimate' },
			timeLimit: { value: 5, unit: 'working-days', from: 'procedure' },
		},
		option: {
			action: 'simplify',
			summary: 'Khai thác dữ liệu thay bản sao.',
			changes: [
				{
					kind: 'use-state-data',
					component: 'documents',
					what: 'Bỏ bản sao hợp đồng lao động.',
					reason: 'Dữ liệu bảo hiểm xã hội đã có.',
					legalChange: { document: 'Thông tư 05/2021/TT-BTP', decidedBy: 'Bộ Tư pháp' },
					effects: { hours: { 'chuan-bi': 0.5 }, otherCosts: { 'chung-thuc': 4000 } },
				},
			],
		},
		...overrides,
	};
}

/** Builds validated review content from inputs, as the loader would. */
export function reviewContent(input: {
	procedures?: ProcedureInput[];
	reviews?: ReviewRecordInput[];
	config?: ReviewConfigInput;
	feedback?: ReviewContent['feedback'];
}): ReviewContent {
	return {
		config: reviewConfigSchema.parse(input.config ?? mockConfig()),
		procedures: (input.procedures ?? [mockProcedure()]).map((procedure) => ({
			id: procedure.code ?? 'slug',
			data: procedureSchema.parse(procedure),
		})),
		reviews: (input.reviews ?? []).map((review) => {
			const data = reviewRecordSchema.parse(review);
			return { file: `content/reviews/${data.year}/${data.procedure}.md`, data, body: '' };
		}),
		feedback: input.feedback ?? [],
	};
}

/** Writes content files (path relative to the root → front matter or raw text) under `root`. */
export function writeContentFiles(root: string, files: Record<string, string | object>): string {
	for (const [path, content] of Object.entries(files)) {
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(
			full,
			typeof content === 'string' ? content : matter.stringify('Ghi chú.\n', content)
		);
	}
	return root;
}

/**
 * A project on disk with ten active procedures (1.002153 and 1.000001…1.000009), the settings
 * and one 2026 review of 1.002153; returns its root, for running the CLI in it.
 */
export function writeReviewProject(): string {
	const files = Object.fromEntries(
		Array.from({ length: 10 }, (_, index) => {
			const code = index === 0 ? '1.002153' : `1.${String(index).padStart(6, '0')}`;
			return [`${code}.md`, mockProcedure({ code })];
		})
	);
	return writeContentFiles(writeProcedureFiles(files), {
		'content/review/config.md': mockConfig(),
		'content/reviews/2026/1.002153.md': mockReview(),
	});
}
