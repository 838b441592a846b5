import { describe, expect, test } from 'vitest';
import { dossierCharts } from '../../../src/lib/dossiers/charts';
import { buildDossierReport, monthLabel, unknownField } from '../../../src/lib/dossiers/report';
import { addDossier, emptyStats } from '../../../src/lib/dossiers/stats';
import { mockDossier } from './support/factories';

const procedures = [
	{ id: '2.002039', name: 'Cấp phiếu lý lịch tư pháp', field: 'Lý lịch tư pháp' },
	{ id: '1.000390', name: 'Cấp lại thẻ tư vấn viên pháp luật', field: 'Tư vấn pháp luật' },
];

function stats() {
	const result = emptyStats();
	addDossier(result, mockDossier({ received: '2021-01-04', finished: '2021-01-12' }));
	addDossier(
		result,
		mockDossier({ received: '2021-01-05', finished: '2021-01-20', channel: 'online' })
	);
	addDossier(
		result,
		mockDossier({ received: '2021-02-01', due: '2021-02-10', finished: '2021-02-09' })
	);
	addDossier(
		result,
		mockDossier({
			procedureId: '1.000390',
			received: '2021-02-02',
			due: '2021-02-09',
			finished: '2021-02-03',
		})
	);
	addDossier(
		result,
		mockDossier({
			procedureId: 'old-one',
			received: '2021-02-03',
			due: '2021-02-17',
			finished: null,
		})
	);
	return result;
}

describe('buildDossierReport', () => {
	const report = buildDossierReport(stats(), procedures, { sample: true });
	test('keeps totals, period and the sample mark', () => {
		expect(report.totals).toMatchObject({
			received: 5,
			finished: 4,
			late: 1,
			lateWithoutApology: 1,
		});
		expect(report.period).toEqual({ from: '2021-01-04', to: '2021-02-03' });
		expect(report.sample).toBe(true);
	});
	test('labels months the Vietnamese way, in order', () => {
		expect(report.months.map((month) => [month.label, month.received])).toEqual([
			['T1/2021', 2],
			['T2/2021', 3],
		]);
	});
	test('adds procedures up by field, most dossiers first, then by name', () => {
		expect(report.fields.map((field) => [field.label, field.received])).toEqual([
			['Lý lịch tư pháp', 3],
			[unknownField, 1],
			['Tư vấn pháp luật', 1],
		]);
	});
	test('names procedures and lists those late without an apology slip', () => {
		expect(report.procedures[0]).toMatchObject({
			key: '2.002039',
			label: 'Cấp phiếu lý lịch tư pháp',
		});
		expect(report.lateWithoutApology.map((line) => [line.label, line.lateWithoutApology])).toEqual([
			['Cấp phiếu lý lịch tư pháp', 1],
		]);
	});
});

describe('monthLabel', () => {
	test('writes T<month>/<year>', () => {
		expect(monthLabel('2021-03')).toBe('T3/2021');
		expect(monthLabel('2026-10')).toBe('T10/2026');
	});
});

describe('dossierCharts', () => {
	const charts = dossierCharts(buildDossierReport(stats(), procedures, { sample: true }));
	test('tables the channels per month with the total', () => {
		expect(charts.receivedByMonth.rows[0]).toEqual(['T1/2021', '1', '1', '0', '2']);
	});
	test('tables outcomes and the rates by field', () => {
		expect(charts.outcomes.rows.map((row) => row[1])).toEqual(['3', '0', '1', '1']);
		expect(charts.onTimeByField.columns.slice(2)).toEqual(['Đã giải quyết', 'Trễ hạn']);
		// Highest rate first: bars are sorted.
		expect(charts.onTimeByField.rows).toEqual([
			['Tư vấn pháp luật', '100%', '1', '0'],
			['Lý lịch tư pháp', '66,7%', '3', '1'],
		]);
	});
	test('starts rate axes below the lowest rate', () => {
		expect(charts.onTimeByMonth.svg).toContain('>50%<');
	});
});
