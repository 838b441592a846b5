import { describe, expect, test } from 'vitest';
import { formatList, plainSteps } from '../../../src/lib/procedure/plain-steps';
import { parsedProcedure } from '../../support/procedure-entry';

const context = {
	desk: 'Trung tâm Phục vụ hành chính công cấp tỉnh',
	portal: 'Cổng Dịch vụ công quốc gia',
};
const data = parsedProcedure({
	channels: [
		{
			kind: 'in-person',
			timeLimit: { value: 5, unit: 'working-days' },
			fees: [{ kind: 'le-phi', amount: 100000, asWritten: '' }],
		},
		{
			kind: 'online',
			timeLimit: { value: 5, unit: 'working-days' },
			fees: [{ kind: 'le-phi', amount: 100000, asWritten: '' }],
		},
	],
	forms: [{ name: 'Mẫu TP-LS-05.docx' }],
	results: [{ name: 'Giấy đăng ký hành nghề luật sư.' }],
});
const titles = (steps: { title: string }[]) => steps.map((step) => step.title);

describe('plainSteps', () => {
	test('derives prepare, submit, pay, after and receive from the record', () => {
		const steps = plainSteps(data, context);
		expect(titles(steps)).toEqual([
			'Chuẩn bị giấy tờ',
			'Nộp hồ sơ',
			'Nộp phí, lệ phí',
			'Sau khi nộp',
			'Nhận kết quả',
		]);
		expect(steps[1]?.text).toBe(
			'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công cấp tỉnh.'
		);
		expect(steps[2]?.text).toContain('lệ phí 100.000 đ');
		expect(steps[3]?.text).toContain('trong 5 ngày làm việc');
		expect(steps[4]?.text).toBe('Nhận Giấy đăng ký hành nghề luật sư.');
	});
	test('names only the channels the record lists', () => {
		const postal = parsedProcedure({
			channels: [{ kind: 'postal', timeLimit: { value: 5, unit: 'working-days' }, fees: [] }],
		});
		const submit = plainSteps(postal, context).find((step) => step.title === 'Nộp hồ sơ');
		expect(submit?.text).toBe('Nộp hồ sơ qua dịch vụ bưu chính.');
	});
	test('says it is free only when the record says so, and nothing when the fee is unknown', () => {
		expect(
			plainSteps(parsedProcedure(), context).find((s) => s.title === 'Phí, lệ phí')?.text
		).toBe('Không phải nộp phí, lệ phí.');
		const unknown = parsedProcedure({
			channels: [{ kind: 'in-person', timeLimit: { value: 5, unit: 'working-days' }, fees: [] }],
		});
		expect(titles(plainSteps(unknown, context))).not.toContain('Nộp phí, lệ phí');
	});
	test('points to the fact box while a reduced rate applies, instead of an amount', () => {
		const reduced = parsedProcedure({
			channels: [
				{
					kind: 'in-person',
					timeLimit: { value: 5, unit: 'working-days' },
					fees: [{ kind: 'phi', amount: 800000, asWritten: '', temporaryRate: { amount: 400000 } }],
				},
			],
		});
		const pay = plainSteps(reduced, context).find((step) => step.title === 'Nộp phí, lệ phí');
		expect(pay?.text).not.toMatch(/800\.000|400\.000/);
	});
	test('prefers hand-written steps', () => {
		const steps = [
			{ title: 'Chuẩn bị', text: 'a' },
			{ title: 'Nộp', text: 'b' },
			{ title: 'Nhận', text: 'c' },
		];
		expect(plainSteps(parsedProcedure({ plainSteps: steps }), context)).toEqual(steps);
	});
	test('shows nothing when the record says too little, or the procedure moved', () => {
		const bare = parsedProcedure({ channels: [], documents: [], results: [] });
		expect(plainSteps(bare, context)).toEqual([]);
		const moved = parsedProcedure({
			status: { state: 'transferred', successor: { agency: 'Công an tỉnh' } },
		});
		expect(plainSteps(moved, context)).toEqual([]);
	});
});

describe('formatList', () => {
	test('joins the Vietnamese way', () => {
		expect(formatList(['a', 'b', 'c'], 'hoặc')).toBe('a, b hoặc c');
		expect(formatList(['a'], 'và')).toBe('a');
		expect(formatList([], 'và')).toBe('');
	});
});
