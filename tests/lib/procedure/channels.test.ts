import { describe, expect, test } from 'vitest';
import { channelNames, groupChannels } from '../../../src/lib/procedure/channels';
import {
	formatTimeLimit,
	shortestDays,
	timeLimitDays,
} from '../../../src/lib/procedure/time-limit';
import { parsedProcedure } from '../../support/procedure-entry';

describe('groupChannels', () => {
	test('returns one group when all channels share time and fees', () => {
		const limit = { value: 5, unit: 'working-days' as const };
		const { channels } = parsedProcedure({
			channels: (['postal', 'online', 'in-person'] as const).map((kind) => ({
				kind,
				timeLimit: limit,
			})),
		});
		const groups = groupChannels(channels);
		expect(groups).toHaveLength(1);
		expect(groups[0]?.indexes).toEqual([0, 1, 2]);
		expect(groups[0]?.kinds).toEqual(['in-person', 'online', 'postal']);
		expect(channelNames(groups[0]?.kinds ?? [])).toBe('Trực tiếp, Trực tuyến, Dịch vụ bưu chính');
	});
	test('returns a group per distinct time limit', () => {
		const { channels } = parsedProcedure({
			channels: [
				{ kind: 'postal', timeLimit: { value: 7, unit: 'days' } },
				{ kind: 'in-person', timeLimit: { value: 5, unit: 'days' } },
				{ kind: 'online', timeLimit: { value: 7, unit: 'days' } },
			],
		});
		const groups = groupChannels(channels);
		expect(groups.map((group) => group.kinds)).toEqual([['online', 'postal'], ['in-person']]);
	});
});

describe('time limits', () => {
	test('formatTimeLimit writes value and unit', () => {
		expect(formatTimeLimit({ value: 15, unit: 'working-days', asWritten: '' })).toBe(
			'15 ngày làm việc'
		);
		expect(formatTimeLimit({ value: 105, unit: 'unspecified', asWritten: '' })).toBe(
			'105 (không ghi đơn vị)'
		);
	});
	test('formatTimeLimit returns null without a value', () => {
		expect(formatTimeLimit({ unit: 'unspecified', asWritten: '' })).toBeNull();
	});
	test('timeLimitDays converts hours and months', () => {
		expect(timeLimitDays({ value: 12, unit: 'hours', asWritten: '' })).toBe(0.5);
		expect(timeLimitDays({ value: 2, unit: 'months', asWritten: '' })).toBe(60);
	});
	test('shortestDays ignores channels without a limit', () => {
		const { channels } = parsedProcedure({
			channels: [
				{ kind: 'online', timeLimit: { unit: 'unspecified' } },
				{ kind: 'in-person', timeLimit: { value: 3, unit: 'working-days' } },
			],
		});
		expect(shortestDays(channels)).toBe(3);
		expect(shortestDays([])).toBeNull();
	});
});
