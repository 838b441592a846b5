import { describe, expect, test } from 'vitest';
import { draftRecord } from '../../../../src/lib/review/new/draft-record';
import { procedureSchema } from '../../../../src/schemas/procedure';
import { reviewRecordSchema } from '../../../../src/schemas/review-record';
import { mockProcedure } from '../../../support/procedure-factory';
import { mockReview } from '../../../support/review-factory';

const procedure = procedureSchema.parse(
	mockProcedure({
		steps: ['Nộp hồ sơ.', 'Nhận kết quả.'],
		conditions: ['Có trụ sở.'],
		channels: [
			{
				kind: 'online',
				timeLimit: { value: 3, unit: 'working-days' },
				fees: [{ kind: 'le-phi', amount: 10000 }],
			},
			{
				kind: 'in-person',
				timeLimit: { value: 5, unit: 'working-days' },
				fees: [
					{ kind: 'le-phi', amount: 20000 },
					{ kind: 'phi', asWritten: 'Theo quy định' },
				],
			},
		],
	})
);
const base = {
	id: '1.002153',
	procedure,
	year: 2027,
	today: '2027-02-01',
	unit: 'Phòng Bổ trợ tư pháp',
	volume: { year: 2026, received: 40, sample: false },
};

describe('draftRecord', () => {
	test('costs the in-person channel and lists the fees it cannot cost', () => {
		const draft = draftRecord(base);
		const cost = draft.data.cost as Record<string, unknown>;
		expect(cost.fees).toEqual([
			{ key: 'le-phi', name: 'Lệ phí', amount: 20000, from: 'procedure', note: 'Kênh trực tiếp' },
		]);
		expect(cost.timeLimit).toEqual({ value: 5, unit: 'working-days', from: 'procedure' });
		expect(draft.missingFees).toEqual(['Theo quy định']);
		expect(draft.rows).toEqual({ documents: 1, steps: 2, conditions: 1, onceOnly: 0 });
	});

	test('is a valid draft with every question open', () => {
		const record = reviewRecordSchema.parse(draftRecord(base).data);
		expect(record.status).toBe('draft');
		expect(record.reasonableness.documents.items).toEqual([
			{ item: 'Đơn đề nghị đăng ký hành nghề luật sư' },
		]);
		expect(record.reasonableness.name.ok).toBeUndefined();
	});

	test('writes a once-only proposal into the row of its paper only, and leaves it unanswered', () => {
		const proposal = {
			kind: 'identity' as const,
			document: 'Đơn đề nghị đăng ký hành nghề luật sư',
			database: 'Cơ sở dữ liệu quốc gia về dân cư',
			reason: 'Lý do',
			proposal: 'Thay thế bằng khai thác Cơ sở dữ liệu quốc gia về dân cư',
		};
		const other = { ...proposal, document: 'Giấy tờ khác' };
		const draft = draftRecord({ ...base, onceOnly: [other, proposal] });
		const record = reviewRecordSchema.parse(draft.data);
		expect(record.reasonableness.documents.items).toEqual([
			{ item: proposal.document, reason: 'Lý do', proposal: proposal.proposal },
		]);
		expect(draft.rows.onceOnly).toBe(1);
	});

	test('asks for the volume when the year before has no dossier data', () => {
		const draft = draftRecord({ ...base, volume: { year: 2026, sample: false } });
		expect((draft.data.cost as Record<string, unknown>).dossiersPerYear).toMatchObject({
			value: 0,
			from: 'estimate',
		});
	});

	test('carries the objectives, activities, other costs and contact of the previous review', () => {
		const previous = reviewRecordSchema.parse(
			mockReview({ reviewer: { unit: 'Phòng Bổ trợ tư pháp', person: 'Chị Lan', phone: '0123' } })
		);
		const draft = draftRecord({ ...base, previous });
		const cost = draft.data.cost as { activities: { key: string; hours: number; note: string }[] };
		expect(cost.activities.map(({ key, hours }) => [key, hours])).toEqual([
			['chuan-bi', 2],
			['di-lai', 1.5],
		]);
		expect(cost.activities[0]!.note).toBe('theo bản rà soát năm 2026');
		expect(draft.data.reviewer).toMatchObject({ person: 'Chị Lan', phone: '0123' });
		expect(draft.data.necessity).toEqual(previous.necessity);
	});
});
