import { describe, expect, test } from 'vitest';
import { feeInForce, temporaryRateInForce } from '../../../../src/lib/review/fees/fee-in-force';

const halfFee = { amount: 25000, from: '2025-07-01', to: '2026-12-31', basis: '64/2025/TT-BTC' };

describe('temporaryRateInForce', () => {
	test('holds for a year the rate covers entirely or for more than half', () => {
		expect(temporaryRateInForce(halfFee, 2026)).toBe(true);
		// 1 July to 31 December is 184 of 365 days.
		expect(temporaryRateInForce(halfFee, 2025)).toBe(true);
	});
	test('does not hold for a year it covers half of or less, or not at all', () => {
		expect(temporaryRateInForce({ amount: 1, from: '2025-07-03' }, 2025)).toBe(false);
		expect(temporaryRateInForce(halfFee, 2027)).toBe(false);
		expect(temporaryRateInForce({ amount: 1, to: '2024-12-31' }, 2025)).toBe(false);
	});
});

describe('feeInForce', () => {
	test('returns the temporary rate in a year it applies, with its basis', () => {
		expect(feeInForce({ amount: 50000, temporaryRate: halfFee }, 2026)).toEqual({
			amount: 25000,
			temporary: halfFee,
		});
	});
	test('returns the published amount otherwise, and nothing without an amount', () => {
		expect(feeInForce({ amount: 50000, temporaryRate: halfFee }, 2027)).toEqual({ amount: 50000 });
		expect(feeInForce({}, 2026)).toBeUndefined();
	});
});
