import { describe, expect, test } from 'vitest';
import { applicantGroupsOf } from '../../../src/lib/procedure/applicants';
import { facetsOf } from '../../../src/lib/procedure/facets';
import { hasFilters, matchesFilters } from '../../../src/lib/procedure/filters';
import { parsedProcedure } from '../../support/procedure-entry';

describe('applicantGroupsOf', () => {
	test('maps the national database’s groups', () => {
		expect(
			applicantGroupsOf([
				'Tổ chức (không bao gồm doanh nghiệp, HTX)',
				'Người Việt Nam định cư ở nước ngoài',
				'Cán bộ, công chức, viên chức',
			])
		).toEqual(['cong-dan', 'viet-kieu', 'to-chuc']);
	});
	test('does not count a foreign organisation as a foreigner', () => {
		expect(applicantGroupsOf(['Tổ chức nước ngoài'])).toEqual(['to-chuc']);
	});
});

describe('matchesFilters', () => {
	const facets = facetsOf(parsedProcedure());
	test('passes everything when no filter is set', () => {
		expect(hasFilters({})).toBe(false);
		expect(matchesFilters(facets, {})).toBe(true);
	});
	test('filters by field slug, fee and applicant group', () => {
		expect(matchesFilters(facets, { field: 'luat-su', fee: 'free', who: 'cong-dan' })).toBe(true);
		expect(matchesFilters(facets, { field: 'cong-chung' })).toBe(false);
		expect(matchesFilters(facets, { fee: 'paid' })).toBe(false);
		expect(matchesFilters(facets, { who: 'to-chuc' })).toBe(false);
	});
	test('filters by maximum days, leaving out unknown limits', () => {
		expect(matchesFilters(facets, { maxDays: 5 })).toBe(true);
		expect(matchesFilters(facets, { maxDays: 1 })).toBe(false);
		expect(matchesFilters({ ...facets, days: null }, { maxDays: 30 })).toBe(false);
	});
	test('filters by level of government', () => {
		expect(matchesFilters(facets, { level: 'province' })).toBe(true);
		expect(matchesFilters(facets, { level: 'commune' })).toBe(false);
	});
	test('gives a procedure the Department no longer handles no fee, time or online facet', () => {
		const moved = facetsOf(
			parsedProcedure({ status: { state: 'transferred', successor: { agency: 'Công an tỉnh' } } })
		);
		expect([moved.fee, moved.days, moved.online, moved.onlineChannel]).toEqual([
			'unknown',
			null,
			'unknown',
			false,
		]);
		expect(matchesFilters(moved, { fee: 'free' })).toBe(false);
	});
	test('counts an online channel as online even when the level is unpublished', () => {
		expect(matchesFilters(facets, { online: 'online' })).toBe(true);
		expect(matchesFilters(facets, { online: 'full' })).toBe(false);
		expect(matchesFilters({ ...facets, onlineChannel: false }, { online: 'offline' })).toBe(true);
	});
});
