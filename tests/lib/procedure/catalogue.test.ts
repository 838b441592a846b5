import { describe, expect, test } from 'vitest';
import { flagsAt, flagsElsewhere, uniqueFlags } from '../../../src/lib/procedure/flags';
import { governmentService, isoDuration, jsonLdText } from '../../../src/lib/procedure/json-ld';
import { indexCatalogue } from '../../../src/lib/procedure/catalogue-index';
import { fieldsOf, groupByInitial, initialOf } from '../../../src/lib/procedure/sort';
import { mockEntry } from '../../support/procedure-entry';

const flag = (path: string, code = 'fee-missing' as const) => ({ code, path, message: 'm' });

describe('flags', () => {
	test('flagsAt takes the value and what is inside it, not a lookalike index', () => {
		const flags = [flag('channels[0].fees[1].amount'), flag('channels[01]'), flag('channels[1]')];
		expect(flagsAt(flags, 'channels[0]')).toEqual([flags[0]]);
		expect(flagsAt(flags, 'channels')).toHaveLength(3);
	});
	test('flagsElsewhere returns flags no shown path covers', () => {
		expect(flagsElsewhere([flag('channels[0]'), flag('provenance')], ['channels'])).toEqual([
			flag('provenance'),
		]);
	});
	test('uniqueFlags drops repeats across channels', () => {
		expect(uniqueFlags([flag('channels[0]'), flag('channels[1]')])).toHaveLength(1);
	});
});

describe('sorting and grouping', () => {
	const entries = [
		mockEntry({ name: 'Đăng ký hoạt động', field: 'Luật sư' }, 'a'),
		mockEntry({ name: 'Cấp thẻ', field: 'Công chứng' }, 'b'),
		mockEntry({ name: 'Dịch thuật', field: 'Công chứng' }, 'c'),
		mockEntry({ name: 'Ủy quyền', field: 'Công chứng' }, 'd'),
	];
	test('initialOf keeps Đ apart and drops other marks', () => {
		expect(initialOf('Đăng ký')).toBe('Đ');
		expect(initialOf('Ủy quyền')).toBe('U');
	});
	test('groupByInitial orders letters the Vietnamese way, D before Đ', () => {
		expect(groupByInitial(entries).map((group) => group.letter)).toEqual(['C', 'D', 'Đ', 'U']);
	});
	test('fieldsOf counts procedures per field with slugs', () => {
		expect(fieldsOf(entries)).toEqual([
			{ slug: 'cong-chung', name: 'Công chứng', count: 3 },
			{ slug: 'luat-su', name: 'Luật sư', count: 1 },
		]);
	});
});

describe('indexCatalogue', () => {
	const catalogue = [
		mockEntry({ code: '1.013859', name: 'Cấp thẻ công chứng viên', field: 'Công chứng' }),
		mockEntry({
			code: '1.000426',
			name: 'Cấp thẻ tư vấn viên pháp luật',
			field: 'Tư vấn pháp luật',
		}),
		mockEntry({ code: '1.013830', name: 'Bổ nhiệm công chứng viên', field: 'Công chứng' }),
	];
	const index = indexCatalogue(catalogue);

	test('resolves related codes and names, keeps unknown text', () => {
		expect(index.related(['1.013859', 'cap the cong chung vien', 'Thủ tục khác'])).toEqual([
			{ entry: catalogue[0] },
			{ entry: catalogue[0] },
			{ text: 'Thủ tục khác' },
		]);
	});

	test('finds a successor by code, and nothing without a code', () => {
		expect(index.byCode('1.013859')).toBe(catalogue[0]);
		expect(index.byCode('9.999999')).toBeUndefined();
		expect(index.byCode(undefined)).toBeUndefined();
	});

	test('lists the fields and the procedures of a field by name', () => {
		expect(index.fields.map((field) => [field.name, field.count])).toEqual([
			['Công chứng', 2],
			['Tư vấn pháp luật', 1],
		]);
		expect(index.inField('Công chứng')).toEqual([catalogue[2], catalogue[0]]);
		expect(index.inField('Không có')).toEqual([]);
	});

	test('returns the similar procedures of an entry by id', () => {
		expect(index.similar(catalogue[0]!.id)).toEqual([catalogue[2]]);
	});
});

describe('JSON-LD', () => {
	test('describes a GovernmentService with channels and offers', () => {
		const ld = governmentService(mockEntry(), 'https://x.vn/thu-tuc/1.002153/');
		expect(ld).toMatchObject({
			'@type': 'GovernmentService',
			identifier: '1.002153',
			serviceType: 'Luật sư',
		});
		expect(ld.availableChannel).toEqual([
			expect.objectContaining({ name: 'Trực tuyến', processingTime: 'P5D' }),
		]);
		expect(ld.offers).toEqual(
			expect.arrayContaining([expect.objectContaining({ price: 0, priceCurrency: 'VND' })])
		);
	});
	test('governmentService names no other province as the provider or the place', () => {
		const entry = mockEntry({
			agencies: { implementing: 'Sở Tư pháp Thành phố Hà Nội', address: 'Số 1, Hà Nội' },
			channels: [{ kind: 'in-person', timeLimit: { value: 5, unit: 'working-days' }, fees: [] }],
		});
		const ld = governmentService(entry, '/thu-tuc/1.002153/', 'Bắc Ninh');
		expect(ld.provider).toEqual({ '@type': 'GovernmentOrganization', name: 'Sở Tư pháp' });
		expect(JSON.stringify(ld)).not.toContain('Hà Nội');
	});
	test('governmentService gives a transferred procedure no old channel or price', () => {
		const entry = mockEntry({
			status: { state: 'transferred', successor: { agency: 'Công an tỉnh', code: '3.000333' } },
		});
		const ld = governmentService(entry, '/thu-tuc/1.002153/');
		expect(ld.provider).toEqual({ '@type': 'GovernmentOrganization', name: 'Công an tỉnh' });
		expect(ld.availableChannel).toEqual([]);
		expect(ld.offers).toBeUndefined();
	});
	test('isoDuration writes days, hours and months', () => {
		expect(isoDuration({ value: 15, unit: 'working-days', asWritten: '' })).toBe('P15D');
		expect(isoDuration({ value: 8, unit: 'hours', asWritten: '' })).toBe('PT8H');
		expect(isoDuration({ value: 105, unit: 'unspecified', asWritten: '' })).toBeUndefined();
	});
	test('jsonLdText escapes < so text cannot close the script element', () => {
		expect(jsonLdText({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
	});
});
