import { describe, expect, test } from 'vitest';
import { similarProcedures } from '../../../src/lib/procedure/similar';
import { mockEntry } from '../../support/procedure-entry';

const entry = (code: string, name: string, field = 'Công chứng', state = 'active' as const) =>
	mockEntry({ code, name, field, status: { state } } as Parameters<typeof mockEntry>[0], code);

describe('similarProcedures', () => {
	const card = entry('1.013859', 'Cấp thẻ công chứng viên');
	const again = entry('1.013830', 'Cấp lại Thẻ công chứng viên');
	const appoint = entry('1.013831', 'Bổ nhiệm công chứng viên');
	const office = entry('1.013832', 'Thành lập Văn phòng công chứng');
	const other = entry('1.000426', 'Cấp thẻ tư vấn viên pháp luật', 'Tư vấn pháp luật');
	const gone = mockEntry(
		{
			code: '1.000001',
			name: 'Đăng ký hành nghề và cấp Thẻ công chứng viên',
			field: 'Công chứng',
			status: { state: 'repealed' },
		},
		'1.000001'
	);
	const similar = similarProcedures([card, again, appoint, office, other, gone]);

	test('returns active procedures of the same field, closest name first, not the procedure itself', () => {
		expect(similar.get(card.id)).toEqual([again, appoint, office]);
	});

	test('never suggests a procedure the Department no longer handles, yet suggests on its page', () => {
		expect([...similar.values()].flat()).not.toContain(gone);
		expect(similar.get(gone.id)?.[0]).toBe(card);
	});

	test('leaves out names that share no word', () => {
		const alone = entry('1.000002', 'Giải thể tổ chức hành nghề', 'Luật sư');
		const lawyer = entry('1.000003', 'Đăng ký khai sinh', 'Luật sư');
		expect(similarProcedures([alone, lawyer]).get(alone.id)).toEqual([]);
	});

	test('keeps at most `limit` procedures', () => {
		expect(similarProcedures([card, again, appoint, office], 2).get(card.id)).toHaveLength(2);
	});

	test('ranks the copies of a name above other names in a large field, within its budget', () => {
		const copies = Array.from({ length: 300 }, (_, index) =>
			entry(`9.${String(index).padStart(6, '0')}`, `Cấp thẻ công chứng viên – bản ${index}`)
		);
		const found = similarProcedures([card, ...copies, appoint]).get(card.id)!;
		expect(found).toHaveLength(4);
		expect(found.every((item) => item.data.name.startsWith('Cấp thẻ công chứng viên'))).toBe(true);
	});
});
