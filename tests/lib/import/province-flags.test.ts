import { describe, expect, test } from 'vitest';
import { feeGapFlags } from '../../../src/lib/import/fee-gap-flag';
import type { ChannelValue } from '../../../src/lib/import/map-channels';
import {
	otherProvinceAgencyFlags,
	otherProvinceNoteFlag,
} from '../../../src/lib/import/province-flags';

describe('otherProvinceAgencyFlags', () => {
	test('flags each agency naming another province, quoting it', () => {
		const flags = otherProvinceAgencyFlags(
			{
				implementing: 'Ủy ban nhân dân cấp tỉnh, Sở Tư pháp Thành phố Hà Nội',
				coordinating: 'Công an cấp Xã, Sở Tư pháp Thừa Thiên Huế',
				competent: 'Sở Tư pháp',
			},
			null
		);
		expect(flags.map(({ path, code }) => [path, code])).toEqual([
			['agencies.implementing', 'parse-uncertain'],
			['agencies.coordinating', 'parse-uncertain'],
		]);
		expect(flags[0]?.asWritten).toBe('Ủy ban nhân dân cấp tỉnh, Sở Tư pháp Thành phố Hà Nội');
	});

	test('returns nothing when the province named is the department’s own, or a former part of it', () => {
		expect(
			otherProvinceAgencyFlags({ implementing: 'Sở Tư pháp Thành phố Hà Nội' }, 'Hà Nội')
		).toEqual([]);
		expect(
			otherProvinceAgencyFlags({ implementing: 'Sở Tư pháp tỉnh Vĩnh Phúc' }, 'Phú Thọ')
		).toEqual([]);
	});
});

describe('otherProvinceNoteFlag', () => {
	test('flags channels read from a note about another province', () => {
		const note = 'Hình thức nộp (Vĩnh Phúc): Trực tiếp, Trực tuyến.';
		expect(otherProvinceNoteFlag(note, null)).toEqual([
			expect.objectContaining({ path: 'channels', asWritten: note }),
		]);
		expect(otherProvinceNoteFlag(note, null)[0]?.message).toContain('Vĩnh Phúc');
		expect(otherProvinceNoteFlag('Hình thức nộp: Trực tiếp.', null)).toEqual([]);
	});
});

describe('feeGapFlags', () => {
	const channel = (amount: number): ChannelValue => ({
		kind: 'in-person',
		timeLimit: { unit: 'unspecified', asWritten: '' },
		fees: [{ kind: 'unspecified', amount, asWritten: '' }],
	});

	test('flags the larger fee when one channel charges three times another', () => {
		expect(feeGapFlags([channel(9000000), channel(50000000)], [])).toEqual([
			expect.objectContaining({
				code: 'fee-inconsistent',
				path: 'channels[1].fees',
				message: expect.stringContaining('9.000.000 đ và 50.000.000 đ'),
			}),
		]);
	});

	test('returns nothing for close fees, or when a placeholder amount explains the gap', () => {
		expect(feeGapFlags([channel(100000), channel(150000)], [])).toEqual([]);
		const placeholder = {
			code: 'fee-placeholder' as const,
			path: 'channels[0].fees[0].amount',
			message: 'x',
		};
		expect(feeGapFlags([channel(1), channel(50000)], [placeholder])).toEqual([]);
	});
});
