import { describe, expect, test } from 'vitest';
import { readDossierText } from '../../../src/lib/dossiers/read-csv';
import { dueDate } from '../../../src/lib/dossiers/due-date';
import { formatIsoDay } from '../../../src/lib/dossiers/days';
import {
	generateDossiers,
	sampleCsvLines,
	type SampleSpec,
} from '../../../src/lib/dossiers/generate';
import { addDossier, emptyStats } from '../../../src/lib/dossiers/stats';
import { summarize } from '../../../src/lib/dossiers/summary';
import { day, fixtureProcedures } from './support/factories';

const spec: SampleSpec = {
	seed: 'test',
	from: day('2021-01-01'),
	to: day('2021-03-31'),
	asOf: day('2021-03-31'),
	total: 500,
	procedures: [
		{
			id: '2.002039',
			code: '2.002039',
			field: 'Lý lịch tư pháp',
			frequency: 4,
			channels: [
				{ kind: 'in-person', timeLimit: { value: 10, unit: 'working-days' } },
				{ kind: 'online', timeLimit: { value: 10, unit: 'working-days' } },
			],
		},
		{ id: '1.000390', code: '1.000390', field: 'Tư vấn pháp luật', frequency: 1, channels: [] },
		{
			id: 'cap-the-dau-gia-vien',
			code: null,
			field: 'Đấu giá tài sản',
			frequency: 1,
			channels: [{ kind: 'postal', timeLimit: { value: 15, unit: 'days' } }],
			until: day('2021-01-31'),
		},
	],
	fieldWeights: { 'Lý lịch tư pháp': 10 },
	skew: 1.2,
	shares: { online: 0.3, postal: 0.1, late: 0.05, onTime: 0.2, apology: 0.5, stalled: 0.01 },
	quietPeriods: [{ from: day('2021-02-10'), to: day('2021-02-17'), weight: 0.1 }],
	fallbackWorkingDays: 15,
	dateFormat: 'vi',
};

const csv = (input: SampleSpec) =>
	[...sampleCsvLines(generateDossiers(input), input.dateFormat)].join('');

describe('generateDossiers', () => {
	test('gives the same bytes for the same seed, and others for another seed', () => {
		expect(csv(spec)).toBe(csv(spec));
		expect(csv({ ...spec, seed: 'other' })).not.toBe(csv(spec));
	});
	test('generates exactly the total, within the period, in order of receipt', () => {
		const rows = [...generateDossiers(spec)];
		expect(rows).toHaveLength(500);
		expect(
			rows.every((row, index) => index === 0 || row.received >= rows[index - 1]!.received)
		).toBe(true);
		expect(rows[0]!.received).toBeGreaterThanOrEqual(spec.from);
		expect(rows.at(-1)!.received).toBeLessThanOrEqual(spec.to);
	});
	test('writes rows the import accepts without a reject', () => {
		const stats = emptyStats();
		const rejects = readDossierText(csv(spec), fixtureProcedures, (dossier) =>
			addDossier(stats, dossier)
		);
		expect(rejects).toEqual([]);
		expect(stats.total.received).toBe(500);
	});
	test('follows the weights, channels, end dates and quiet periods', () => {
		const rows = [...generateDossiers(spec)];
		const of = (code: string) => rows.filter((row) => row.code === code);
		expect(of('2.002039').length).toBeGreaterThan(of('1.000390').length * 3);
		expect(
			of('cap-the-dau-gia-vien').every(
				(row) => row.received <= day('2021-01-31') && row.channel === 'postal'
			)
		).toBe(true);
		expect(of('1.000390').every((row) => row.channel === 'in-person')).toBe(true);
		const tet = rows.filter(
			(row) => row.received >= day('2021-02-10') && row.received <= day('2021-02-17')
		);
		expect(tet.length).toBeLessThan(15);
	});
	test('files nothing under a procedure before its first day', () => {
		const starting = {
			...spec,
			procedures: spec.procedures.map((procedure) =>
				procedure.id === '1.000390' ? { ...procedure, from: day('2021-03-01') } : procedure
			),
		};
		const rows = [...generateDossiers(starting)].filter((row) => row.code === '1.000390');
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((row) => row.received >= day('2021-03-01'))).toBe(true);
	});
	test('takes due dates from the channel’s limit, or the fallback without one', () => {
		const rows = [...generateDossiers(spec)];
		for (const row of rows.filter((candidate) => candidate.code === '1.000390')) {
			expect(row.due).toBe(dueDate(row.received, undefined, 15));
		}
	});
	test('produces early, on-time, late, pending dossiers and apology slips', () => {
		const stats = emptyStats();
		for (const row of generateDossiers(spec)) addDossier(stats, { ...row, procedureId: row.code });
		const summary = summarize(stats);
		expect(summary.early).toBeGreaterThan(summary.onTime);
		expect(summary.late).toBeGreaterThan(0);
		expect(summary.pending).toBeGreaterThan(0);
		expect(summary.lateWithoutApology).toBeLessThan(summary.late);
	});
});

describe('dueDate', () => {
	const received = day('2021-01-08');
	test('counts working days, skipping the weekend', () => {
		expect(formatIsoDay(dueDate(received, { value: 3, unit: 'working-days' }, 15))).toBe(
			'2021-01-13'
		);
	});
	test('counts calendar days and numbers without a unit as days', () => {
		expect(formatIsoDay(dueDate(received, { value: 3, unit: 'days' }, 15))).toBe('2021-01-11');
		expect(formatIsoDay(dueDate(received, { value: 75, unit: 'unspecified' }, 15))).toBe(
			'2021-03-24'
		);
	});
	test('turns hours into working days and months into calendar months', () => {
		expect(formatIsoDay(dueDate(received, { value: 24, unit: 'hours' }, 15))).toBe('2021-01-13');
		expect(formatIsoDay(dueDate(day('2021-01-31'), { value: 1, unit: 'months' }, 15))).toBe(
			'2021-02-28'
		);
	});
	test('uses the fallback without a number', () => {
		expect(formatIsoDay(dueDate(received, { unit: 'working-days' }, 5))).toBe('2021-01-15');
	});
});
