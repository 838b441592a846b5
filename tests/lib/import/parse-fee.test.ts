import { describe, expect, test } from 'vitest';
import { feeKind } from '../../../src/lib/import/fee-kind';
import { parseFee } from '../../../src/lib/import/parse-fee';
import { findTemporaryRate } from '../../../src/lib/import/parse-temporary-rate';

const cells = (fee: string, note = '', description = '') => ({ fee, note, description });
const temporary =
	'áp dụng mức phí 25.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC';

describe('parseFee', () => {
	test('reads “Miễn phí” as amount 0', () => {
		const { fees, flags } = parseFee(cells('Miễn phí'));
		expect(fees).toEqual([{ kind: 'unspecified', amount: 0, asWritten: 'Miễn phí' }]);
		expect(flags).toEqual([]);
	});

	test('reads thousands separated by commas as whole đồng', () => {
		expect(parseFee(cells('800,000 Việt Nam Đồng')).fees[0]?.amount).toBe(800000);
		expect(parseFee(cells('1,000,000 Việt Nam Đồng')).fees[0]?.amount).toBe(1000000);
	});

	test('keeps a fee that lost its thousands as written and flags it', () => {
		const { fees, flags } = parseFee(cells('50 VNĐ', `((${temporary}))`));
		expect(fees[0]?.amount).toBe(50);
		expect(flags[0]).toMatchObject({
			code: 'fee-lost-thousands',
			at: 'amount',
			asWritten: '50 VNĐ',
		});
		expect(flags[0]?.message).toContain('25.000 đồng');
	});

	test('keeps the 1 VNĐ placeholder and flags it', () => {
		const { fees, flags } = parseFee(cells('1 Việt Nam Đồng'));
		expect(fees[0]?.amount).toBe(1);
		expect(flags[0]?.code).toBe('fee-placeholder');
	});

	test('flags a missing fee and returns no fee', () => {
		const { fees, flags } = parseFee(cells('Không có thông tin'));
		expect(fees).toEqual([]);
		expect(flags[0]?.code).toBe('fee-missing');
	});

	test('keeps a doubly bracketed note as written and reads its temporary rate', () => {
		const [fee] = parseFee(cells('50,000 Việt Nam Đồng', `((${temporary}))`)).fees;
		expect(fee?.conditions).toBe(`((${temporary}))`);
		expect(fee?.temporaryRate).toEqual({
			amount: 25000,
			from: '2025-07-01',
			to: '2026-12-31',
			basis: '64/2025/TT-BTC',
		});
		expect(fee?.kind).toBe('phi');
	});

	test('puts an exemption note in exemptions', () => {
		const [fee] = parseFee(cells('100 VNĐ', '(Miễn phí đối với: người di cư từ Lào)')).fees;
		expect(fee?.exemptions).toBe('(Miễn phí đối với: người di cư từ Lào)');
		expect(fee?.conditions).toBeUndefined();
	});

	test('flags “Miễn phí” next to a note that lists who is exempt', () => {
		const { flags } = parseFee(
			cells('Miễn phí', '(Miễn lệ phí đối với những trường hợp sau: + Người có công)')
		);
		expect(flags[0]?.code).toBe('fee-inconsistent');
	});

	test('never converts a foreign currency', () => {
		const { fees, flags } = parseFee(cells('100 USD'));
		expect(fees[0]?.amount).toBeUndefined();
		expect(flags[0]?.code).toBe('parse-uncertain');
	});

	test('reads a temporary rate from the description when the note has none', () => {
		const [fee] = parseFee(
			cells('500,000 Việt Nam Đồng', '', `Phí: 500.000 đồng/hồ sơ (${temporary}).`)
		).fees;
		expect(fee?.temporaryRate?.amount).toBe(25000);
	});
});

describe('feeKind', () => {
	test('returns le-phi or phi only when the text is unambiguous', () => {
		expect(feeKind('(Miễn lệ phí đối với…)')).toBe('le-phi');
		expect(feeKind('Phí: 500.000 đồng/hồ sơ')).toBe('phi');
		expect(feeKind('Miễn phí')).toBe('unspecified');
		expect(feeKind('Mức lệ phí do HĐND quyết định. Phí cấp bản sao theo Thông tư')).toBe(
			'unspecified'
		);
	});
});

describe('findTemporaryRate', () => {
	test('returns nothing for a rate without a period', () => {
		expect(findTemporaryRate('áp dụng mức phí 25.000 đồng/hồ sơ')).toBeUndefined();
	});

	test('reads an amount written with its words in brackets', () => {
		const rate = findTemporaryRate(
			'(Áp dụng mức phí: 2.250.000 đồng (Hai triệu hai trăm năm mươi nghìn đồng) kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC)'
		);
		expect(rate).toEqual({
			amount: 2250000,
			from: '2025-07-01',
			to: '2026-12-31',
			basis: '64/2025/TT-BTC',
		});
	});
});
