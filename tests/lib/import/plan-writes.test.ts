import { describe, expect, test } from 'vitest';
import { mapNationalRecord } from '../../../src/lib/import/map-national-record';
import { canonicalJson, planWrite } from '../../../src/lib/import/plan-writes';
import { mockRecord } from './fixtures';

const procedure = mapNationalRecord(mockRecord(), {
	dataset: 'csdl-bo-tu-phap.jsonl',
	snapshot: '2025-2026',
});
const fresh = planWrite('1.002153.md', procedure, '', undefined);
const text = fresh.action === 'new' ? fresh.text : '';

describe('planWrite', () => {
	test('returns new for a file that does not exist', () => {
		expect(fresh.action).toBe('new');
		expect(text.startsWith("---\ncode: '1.002153'\n")).toBe(true);
	});

	test('returns unchanged when the file says what the source says', () => {
		expect(planWrite('1.002153.md', procedure, '', text)).toEqual({ action: 'unchanged' });
	});

	test('returns unchanged when only the body and keywords were edited by hand', () => {
		const edited =
			text.replace("---\ncode: '1.002153'", "---\nkeywords:\n  - luật sư\ncode: '1.002153'") +
			'Tóm tắt.\n';
		expect(planWrite('1.002153.md', procedure, '', edited)).toEqual({ action: 'unchanged' });
	});

	test('lists the differing keys and rewrites the front matter but keeps body and keywords', () => {
		const edited =
			text
				.replace('field: Luật sư', 'field: Luật sư (sửa tay)')
				.replace("---\ncode: '1.002153'", "---\nkeywords:\n  - LS\ncode: '1.002153'") +
			'Tóm tắt.\n';
		const plan = planWrite('1.002153.md', procedure, '', edited);
		expect(plan.action).toBe('differs');
		if (plan.action !== 'differs') return;
		expect(plan.keys).toEqual(['field']);
		expect(plan.text).toContain('field: Luật sư\n');
		expect(plan.text).toContain('keywords:\n  - LS\n');
		expect(plan.text.endsWith('---\nTóm tắt.\n')).toBe(true);
	});

	test('keeps a hand-written “Cách làm” (plainSteps) when the source changes', () => {
		const steps = [
			'plainSteps:',
			'  - title: Chuẩn bị giấy tờ',
			'    text: Đơn đề nghị đăng ký hành nghề luật sư.',
			'  - title: Nộp hồ sơ',
			'    text: Nộp trực tiếp hoặc trực tuyến.',
			'  - title: Nhận kết quả',
			'    text: Sau 5 ngày làm việc.',
		].join('\n');
		const withSteps = text.replace('\nconditions:', `\n${steps}\nconditions:`);
		expect(withSteps).toContain('plainSteps:');
		expect(planWrite('1.002153.md', procedure, '', withSteps)).toEqual({ action: 'unchanged' });
		const plan = planWrite(
			'1.002153.md',
			procedure,
			'',
			withSteps.replace('field: Luật sư', 'field: X')
		);
		expect(plan).toMatchObject({ action: 'differs', keys: ['field'] });
		if (plan.action === 'differs') expect(plan.text).toContain(`${steps}\n`);
	});

	test('reports unreadable front matter and keeps the body', () => {
		const plan = planWrite('1.002153.md', procedure, '', '---\ncode: [\n---\nGhi chú.\n');
		expect(plan.action).toBe('differs');
		if (plan.action === 'differs') expect(plan.text.endsWith('---\nGhi chú.\n')).toBe(true);
	});
});

describe('canonicalJson', () => {
	test('ignores key order', () => {
		expect(canonicalJson({ a: 1, b: [{ c: 2, d: 3 }] })).toBe(
			canonicalJson({ b: [{ d: 3, c: 2 }], a: 1 })
		);
	});
});
