import { describe, expect, test } from 'vitest';
import { addDossier, addReject, emptyStats } from '../../../src/lib/dossiers/stats';
import { summarize } from '../../../src/lib/dossiers/summary';
import { mockDossier } from './support/factories';

function sampleStats() {
	const stats = emptyStats();
	addDossier(stats, mockDossier({ received: '2021-01-04', finished: '2021-01-06' }));
	addDossier(stats, mockDossier({ received: '2021-01-04', finished: '2021-01-11' }));
	addDossier(
		stats,
		mockDossier({ received: '2021-02-01', due: '2021-02-05', finished: '2021-02-08' })
	);
	addDossier(
		stats,
		mockDossier({
			procedureId: '1.000390',
			received: '2021-02-02',
			finished: null,
			channel: 'online',
		})
	);
	addReject(stats, { line: 9, reason: 'unknown channel "fax"' });
	return stats;
}

describe('summarize', () => {
	const summary = summarize(sampleStats());
	test('has the keys of the issue', () => {
		expect(Object.keys(summary)).toEqual(
			expect.arrayContaining([
				'rows',
				'rejected',
				'received',
				'finished',
				'pending',
				'early',
				'onTime',
				'late',
				'onTimeRate',
				'lateWithoutApology',
				'byProcedure',
			])
		);
		expect(Object.keys(summary.byProcedure[0]!)).toEqual(
			expect.arrayContaining(['id', 'received', 'finished', 'late', 'avgDays'])
		);
	});
	test('counts rows as good plus rejected', () => {
		expect(summary).toMatchObject({
			rows: 5,
			received: 4,
			rejectedTotal: 1,
			rejected: [{ line: 9 }],
		});
	});
	test('gives the on-time rate over resolved dossiers', () => {
		expect(summary.onTimeRate).toBe(0.6667);
		expect(summary.onTimeRateBase).toBe('finished');
	});
	test('averages handling days per procedure over resolved dossiers', () => {
		const [first, second] = summary.byProcedure;
		expect(first).toMatchObject({
			id: '2.002039',
			received: 3,
			finished: 3,
			late: 1,
			avgDays: 5.33,
		});
		expect(first?.avgWorkingDays).toBe(4);
		expect(second).toMatchObject({ id: '1.000390', received: 1, finished: 0, avgDays: null });
	});
	test('lists months in order with the period', () => {
		expect(summary.byMonth.map((month) => [month.month, month.received])).toEqual([
			['2021-01', 2],
			['2021-02', 2],
		]);
		expect(summary.period).toEqual({ from: '2021-01-04', to: '2021-02-02' });
	});
	test('keeps only the first rejects in memory but counts them all', () => {
		const stats = emptyStats();
		for (let line = 2; line < 12; line += 1) addReject(stats, { line, reason: 'bad' }, 3);
		expect(stats.rejected).toHaveLength(3);
		expect(stats.rejectedTotal).toBe(10);
	});
});
