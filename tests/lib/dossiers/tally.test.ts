import { describe, expect, test } from 'vitest';
import { apologisedInTime, outcomeOf } from '../../../src/lib/dossiers/dossier';
import { countDossier, emptyTally, mergeTally, onTimeRate } from '../../../src/lib/dossiers/tally';
import { mockDossier } from './support/factories';

describe('outcomeOf', () => {
	test('is early the day before the due date', () => {
		expect(outcomeOf(mockDossier({ due: '2021-01-15', finished: '2021-01-14' }))).toBe('early');
	});
	test('is on time on the due date', () => {
		expect(outcomeOf(mockDossier({ due: '2021-01-15', finished: '2021-01-15' }))).toBe('on-time');
	});
	test('is late the day after the due date', () => {
		expect(outcomeOf(mockDossier({ due: '2021-01-15', finished: '2021-01-16' }))).toBe('late');
	});
	test('is pending without a resolution date', () => {
		expect(outcomeOf(mockDossier({ finished: null }))).toBe('pending');
	});
});

describe('apologisedInTime', () => {
	const late = { due: '2021-01-15', finished: '2021-01-20' };
	test('accepts a slip issued on the due date', () => {
		expect(apologisedInTime(mockDossier({ ...late, apology: '2021-01-15' }))).toBe(true);
	});
	test('refuses a slip issued after the due date', () => {
		expect(apologisedInTime(mockDossier({ ...late, apology: '2021-01-16' }))).toBe(false);
	});
	test('refuses a missing slip', () => {
		expect(apologisedInTime(mockDossier(late))).toBe(false);
	});
	test('asks for the lead the decree sets when given one', () => {
		expect(apologisedInTime(mockDossier({ ...late, apology: '2021-01-15' }), 1)).toBe(false);
		expect(apologisedInTime(mockDossier({ ...late, apology: '2021-01-14' }), 1)).toBe(true);
	});
});

describe('countDossier', () => {
	test('counts outcomes, channels and late dossiers without a slip', () => {
		const tally = emptyTally();
		countDossier(tally, mockDossier({ finished: '2021-01-14' }));
		countDossier(tally, mockDossier({ finished: '2021-01-15', channel: 'online' }));
		countDossier(tally, mockDossier({ finished: '2021-01-18', apology: '2021-01-14' }));
		countDossier(tally, mockDossier({ finished: '2021-01-18', apology: '2021-01-18' }));
		countDossier(tally, mockDossier({ finished: null, channel: 'postal' }));
		expect(tally).toMatchObject({
			received: 5,
			finished: 4,
			pending: 1,
			early: 1,
			onTime: 1,
			late: 2,
			lateWithoutApology: 1,
			byChannel: { 'in-person': 3, online: 1, postal: 1 },
		});
	});
	test('sums calendar and working days over resolved dossiers only', () => {
		const tally = emptyTally();
		countDossier(tally, mockDossier({ received: '2021-01-08', finished: '2021-01-11' }));
		countDossier(tally, mockDossier({ received: '2021-01-08', finished: null }));
		expect(tally.handlingDays).toBe(3);
		expect(tally.handlingWorkingDays).toBe(1);
	});
});

describe('onTimeRate', () => {
	const tally = emptyTally();
	for (const finished of ['2021-01-14', '2021-01-15', '2021-01-16', null]) {
		countDossier(tally, mockDossier({ due: '2021-01-15', finished }));
	}
	test('divides early plus on time by the resolved dossiers', () => {
		expect(onTimeRate(tally)).toBeCloseTo(2 / 3);
	});
	test('divides by the received dossiers when asked', () => {
		expect(onTimeRate(tally, 'received')).toBe(0.5);
	});
	test('is null when nothing was resolved', () => {
		expect(onTimeRate(emptyTally())).toBeNull();
	});
	test('merges tallies by adding', () => {
		expect(mergeTally(mergeTally(emptyTally(), tally), tally).late).toBe(2);
	});
});
