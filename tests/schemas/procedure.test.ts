import { describe, expect, test } from 'vitest';
import { procedureSchema } from '../../src/schemas/procedure';
import { mockProcedure } from '../support/procedure-factory';

function messages(input: unknown): string[] {
	const result = procedureSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A procedure whose first channel has `fee` as its only fee. */
function withFee(fee: Record<string, unknown>) {
	const procedure = mockProcedure();
	procedure.channels![0]!.fees = [fee as never];
	return procedure;
}

/** A procedure whose first channel has `timeLimit`. */
function withTimeLimit(timeLimit: Record<string, unknown>) {
	const procedure = mockProcedure();
	procedure.channels![0]!.timeLimit = timeLimit as never;
	return procedure;
}

describe('procedureSchema', () => {
	test('accepts a complete procedure and fills defaults', () => {
		const parsed = procedureSchema.parse(mockProcedure({ steps: undefined, flags: undefined }));
		expect(parsed.steps).toEqual([]);
		expect(parsed.flags).toEqual([]);
		expect(parsed.channels[0]?.fees[0]?.amount).toBe(0);
	});

	test('rejects a code written as a YAML number', () => {
		expect(messages(mockProcedure({ code: 2.002039 as unknown as string }))).toEqual([
			"code: cần mã thủ tục trong dấu nháy, ví dụ '2.002039'",
		]);
	});

	test('accepts a legacy procedure without a code', () => {
		expect(messages(mockProcedure({ code: null }))).toEqual([]);
	});

	test('rejects a fee that is not a whole number of đồng, with one message per value', () => {
		const expected = [
			'channels.0.fees.0.amount: cần số đồng nguyên từ 0 đến 1.000.000.000, viết liền không dấu chấm, ví dụ 50000',
		];
		expect(messages(withFee({ kind: 'le-phi', amount: 'abc' }))).toEqual(expected);
		expect(messages(withFee({ kind: 'le-phi', amount: 2.5 }))).toEqual(expected);
		expect(messages(withFee({ kind: 'le-phi', amount: -1.5 }))).toEqual(expected);
		expect(messages(withFee({ kind: 'le-phi', amount: 1e308 }))).toEqual(expected);
	});

	test('accepts fees up to one billion đồng', () => {
		expect(messages(withFee({ kind: 'le-phi', amount: 1_000_000_000 }))).toEqual([]);
	});

	test('rejects unknown fields at every level', () => {
		expect(messages(withFee({ kind: 'le-phi', amout: 50000 }))).toEqual([
			"channels.0.fees.0: Unrecognized key(s) in object: 'amout'",
		]);
		expect(messages(mockProcedure({ nmae: 'x' } as never))).toEqual([
			": Unrecognized key(s) in object: 'nmae'",
		]);
		expect(
			messages(mockProcedure({ agencies: { implementing: 'Sở', adress: 'x' } as never }))
		).toEqual(["agencies: Unrecognized key(s) in object: 'adress'"]);
	});

	test('bounds time limits by unit', () => {
		for (const [value, unit] of [
			[0.0001, 'working-days'],
			[99999, 'days'],
			[0, 'hours'],
			[25, 'months'],
			[366, 'unspecified'],
		] as const) {
			expect(messages(withTimeLimit({ value, unit })), `${value} ${unit}`).toHaveLength(1);
		}
		expect(messages(withTimeLimit({ value: 99999, unit: 'days' }))).toEqual([
			'channels.0.timeLimit.value: cần thời hạn từ 0,5 đến 365 ngày',
		]);
		for (const [value, unit] of [
			[0.5, 'working-days'],
			[105, 'unspecified'],
			[720, 'hours'],
			[24, 'months'],
		] as const) {
			expect(messages(withTimeLimit({ value, unit })), `${value} ${unit}`).toEqual([]);
		}
	});

	test('reports a wrong unit once, without a second message about the bounds', () => {
		expect(messages(withTimeLimit({ value: 5, unit: 'weeks' }))).toEqual([
			'channels.0.timeLimit.unit: cần một trong: working-days, days, hours, months, unspecified',
		]);
	});

	test('bounds the number of papers', () => {
		const procedure = mockProcedure({
			documents: [{ items: [{ name: 'Đơn', originals: 1000, copies: 0 }] }],
		});
		expect(messages(procedure)).toEqual([
			'documents.0.items.0.originals: cần số bản nguyên từ 0 đến 50',
		]);
	});

	test('accepts only http(s) addresses for forms and provenance', () => {
		const form = (url: string) => messages(mockProcedure({ forms: [{ name: 'Mẫu', url }] }));
		expect(form('https://dichvucong.gov.vn/mau.docx')).toEqual([]);
		expect(form('http://tthc.thuathienhue.gov.vn/x')).toEqual([]);
		for (const url of [
			'javascript:alert(1)',
			'data:text/html,<script>',
			'file:///etc/passwd',
			'mau.docx',
		]) {
			expect(form(url), url).toEqual([
				'forms.0.url: cần một địa chỉ web đầy đủ bắt đầu bằng https:// (hoặc http://)',
			]);
		}
		const provenance = { ...mockProcedure().provenance!, url: 'JavaScript:alert(1)' };
		expect(messages(mockProcedure({ provenance }))).toEqual([
			'provenance.url: cần một địa chỉ web đầy đủ bắt đầu bằng https:// (hoặc http://)',
		]);
	});

	test('rejects a field name that gives an empty page address', () => {
		expect(messages(mockProcedure({ field: '***' }))).toEqual([
			'field: cần tên lĩnh vực có chữ cái hoặc chữ số, ví dụ "Công chứng" (tên này tạo địa chỉ trang /linh-vuc/…/)',
		]);
	});

	test('requires a successor for a transferred procedure', () => {
		expect(messages(mockProcedure({ status: { state: 'transferred' } }))).toEqual([
			'status.successor: cần nêu nơi tiếp nhận (successor: agency, và code nếu có) khi state là transferred; đang thiếu',
		]);
		expect(
			messages(
				mockProcedure({
					status: {
						state: 'transferred',
						successor: { agency: 'Công an cấp tỉnh', code: '3.000333' },
					},
				})
			)
		).toEqual([]);
	});

	test('rejects malformed legal references and impossible dates, one message each', () => {
		expect(
			messages(mockProcedure({ legalBasis: [{ number: 'Luật Quốc tịch', date: '2025-02-30' }] }))
		).toEqual([
			'legalBasis.0.number: cần số ký hiệu dạng số/năm/ký hiệu, ví dụ "191/2025/NĐ-CP"',
			"legalBasis.0.date: cần một ngày có thật dạng 'yyyy-mm-dd', ví dụ '2025-07-01'",
		]);
		expect(
			messages(mockProcedure({ legalBasis: [{ number: '24/2008/QH12', date: 'abc' }] }))
		).toHaveLength(1);
	});

	test('accepts the legal numbers of real records', () => {
		for (const number of [
			'24/2008/QH12',
			'66.7/2025/NQ-CP',
			'146/2012/TTLT-BTC-BTP',
			'191/2025/NĐ-CP',
			'08/2025/TT-BTP',
		]) {
			expect(messages(mockProcedure({ legalBasis: [{ number }] }))).toEqual([]);
		}
	});

	test('names the allowed values of an enum', () => {
		expect(messages(mockProcedure({ level: ['trung-uong' as 'province'] }))).toEqual([
			'level.0: cần một trong: ministry, province, district, commune, other',
		]);
	});
});
