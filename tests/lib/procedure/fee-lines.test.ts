import { describe, expect, test } from 'vitest';
import { feeLines, notedCharges, wideFeeGap } from '../../../src/lib/procedure/fee-lines';

const note =
	'Phí: 800.000 đồng/hồ sơ (áp dụng mức phí 400.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC).\nLệ phí: 100.000 đồng/hồ sơ.';
const fee = (amount: number, kind: 'phi' | 'le-phi' | 'unspecified' = 'unspecified') => ({
	kind,
	amount,
	asWritten: '',
});

describe('notedCharges', () => {
	test('reads the phí and lệ phí a note states, not the reduced rate inside it', () => {
		expect(notedCharges(note)).toEqual({ phi: 800000, lePhi: 100000 });
	});
	test('returns nothing from a note without them', () => {
		expect(notedCharges('Nộp tại Sở Tư pháp.')).toEqual({});
	});
});

describe('feeLines', () => {
	test('shows both phí and lệ phí when the note confirms the amount is the phí (2.001130)', () => {
		expect(
			feeLines({ fees: [fee(800000)], description: note }).map(({ label, text }) => [label, text])
		).toEqual([
			['Phí', '800.000 đ'],
			['Lệ phí', '100.000 đ'],
		]);
	});
	test('adds nothing when the note agrees with no amount', () => {
		expect(feeLines({ fees: [fee(500000)], description: note })).toHaveLength(1);
		expect(feeLines({ fees: [fee(500000)], description: note })[0]?.label).toBeNull();
	});
	test('does not repeat a lệ phí the record already lists', () => {
		const lines = feeLines({
			fees: [fee(800000, 'phi'), fee(100000, 'le-phi')],
			description: note,
		});
		expect(lines.map((line) => line.label)).toEqual(['Phí', 'Lệ phí']);
	});
	test('names the kind the record gives', () => {
		expect(feeLines({ fees: [fee(50000, 'le-phi')] })[0]).toMatchObject({
			label: 'Lệ phí',
			text: '50.000 đ',
		});
	});
});

describe('wideFeeGap', () => {
	test('flags amounts that differ widely between channels (1.003976)', () => {
		expect(wideFeeGap([{ fees: [fee(9000000)] }, { fees: [fee(50000000)] }])).toEqual({
			min: 9000000,
			max: 50000000,
		});
	});
	test('accepts equal or close amounts, and free channels', () => {
		expect(wideFeeGap([{ fees: [fee(100000)] }, { fees: [fee(150000)] }])).toBeNull();
		expect(wideFeeGap([{ fees: [fee(0)] }, { fees: [fee(50000)] }])).toBeNull();
		expect(wideFeeGap([{ fees: [fee(100000)] }])).toBeNull();
	});
});
