import { describe, expect, test } from 'vitest';
import { feeStatus, formatFeeAmount, temporaryRateState } from '../../../src/lib/procedure/fees';
import { parsedProcedure } from '../../support/procedure-entry';

const paid = (amount: number) => ({ kind: 'le-phi' as const, amount, asWritten: `${amount}` });
const channel = (fees: ReturnType<typeof paid>[]) => ({
	kind: 'in-person' as const,
	timeLimit: { value: 5, unit: 'working-days' as const },
	fees,
});

describe('feeStatus', () => {
	test('returns free when every known amount is 0', () => {
		expect(feeStatus(parsedProcedure().channels)).toBe('free');
	});
	test('returns paid when some amount is above 0', () => {
		const { channels } = parsedProcedure({
			channels: [channel([paid(0)]), channel([paid(800000)])],
		});
		expect(feeStatus(channels)).toBe('paid');
	});
	test('returns unknown when no amount is given', () => {
		const { channels } = parsedProcedure({ channels: [channel([])] });
		expect(feeStatus(channels)).toBe('unknown');
	});
	test('does not trust an amount flagged as a placeholder', () => {
		const data = parsedProcedure({
			channels: [channel([paid(1)])],
			flags: [{ code: 'fee-placeholder', path: 'channels[0].fees[0].amount', message: '1 VNĐ' }],
		});
		expect(feeStatus(data.channels, data.flags)).toBe('unknown');
	});
});

describe('formatFeeAmount', () => {
	test('says Miễn phí for 0', () => {
		expect(formatFeeAmount({ kind: 'le-phi', amount: 0, asWritten: '' })).toBe('Miễn phí');
	});
	test('formats amounts in đồng', () => {
		expect(formatFeeAmount({ kind: 'phi', amount: 9000000, asWritten: '' })).toBe('9.000.000 đ');
	});
	test('falls back to the source text', () => {
		expect(formatFeeAmount({ kind: 'phi', asWritten: 'Theo quy định' })).toBe('Theo quy định');
	});
});

describe('temporaryRateState', () => {
	const rate = { amount: 25000, from: '2025-07-01', to: '2026-12-31' };
	test('returns in-force between its dates, ends included', () => {
		expect(temporaryRateState(rate, '2025-07-01')).toBe('in-force');
		expect(temporaryRateState(rate, '2026-12-31')).toBe('in-force');
	});
	test('returns upcoming before and expired after', () => {
		expect(temporaryRateState(rate, '2025-06-30')).toBe('upcoming');
		expect(temporaryRateState(rate, '2027-01-01')).toBe('expired');
	});
	test('treats open ends as in force', () => {
		expect(temporaryRateState({ amount: 1 }, '2030-01-01')).toBe('in-force');
	});
});
