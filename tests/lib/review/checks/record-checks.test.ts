import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dependencyProblems } from '../../../../src/lib/review/checks/change-dependencies';
import { dossierVolumeProblems } from '../../../../src/lib/review/checks/dossier-volume';
import { temporaryFeeProblems } from '../../../../src/lib/review/checks/temporary-fees';
import { countDossierVolumes } from '../../../../src/lib/review/volumes/dossier-volumes';
import { procedureSchema } from '../../../../src/schemas/procedure';
import { reviewRecordSchema, type ReviewRecordInput } from '../../../../src/schemas/review-record';
import { mockProcedure } from '../../../support/procedure-factory';
import { mockReview, writeContentFiles } from '../../../support/review-factory';
import { projectContentDir } from '../../../../src/lib/content/content-dir';

const file = 'content/reviews/2026/1.002153.md';
const messages = (problems: { path: string; message: string }[]) =>
	problems.map((problem) => `${problem.path}: ${problem.message}`);
const record = (input: ReviewRecordInput) => reviewRecordSchema.parse(input);

describe('temporaryFeeProblems', () => {
	const procedure = procedureSchema.parse(
		mockProcedure({
			channels: [
				{
					kind: 'in-person',
					timeLimit: { value: 5, unit: 'working-days' },
					fees: [
						{
							kind: 'le-phi',
							amount: 50000,
							temporaryRate: {
								amount: 25000,
								from: '2025-07-01',
								to: '2026-12-31',
								basis: '64/2025/TT-BTC',
							},
						},
					],
				},
			],
		})
	);
	const withFee = (year: number, amount: number) => {
		const input = mockReview({ year });
		input.cost.fees = [{ key: 'le-phi', name: 'Lệ phí', amount, from: 'procedure' }];
		return record(input);
	};

	test('asks for the temporary rate in a year it applies', () => {
		expect(messages(temporaryFeeProblems(file, withFee(2026, 50000), procedure))).toEqual([
			'cost.fees[0].amount: năm 2026 áp dụng mức tạm thời 25.000 đ theo 64/2025/TT-BTC (từ 01/07/2025 đến 31/12/2026); cần 25000, đang là 50000',
		]);
		expect(temporaryFeeProblems(file, withFee(2026, 25000), procedure)).toEqual([]);
	});

	test('asks for the published amount once the temporary rate has ended', () => {
		expect(messages(temporaryFeeProblems(file, withFee(2027, 25000), procedure))).toEqual([
			'cost.fees[0].amount: mức tạm thời 25.000 đ không áp dụng cho phần lớn năm 2027; cần mức công bố 50000, đang là 25000',
		]);
		expect(temporaryFeeProblems(file, withFee(2027, 50000), procedure)).toEqual([]);
	});
});

describe('dependencyProblems', () => {
	const changes = () => structuredClone(mockReview().option.changes!);
	test('accepts changes that require an existing other change', () => {
		const input = mockReview();
		const [first] = changes();
		input.option.changes = [
			{ ...first!, key: 'truc-tuyen' },
			{ ...first!, kind: 'cut-fee', component: 'fees', requires: ['truc-tuyen'], effects: {} },
		];
		expect(dependencyProblems(file, record(input))).toEqual([]);
	});

	test('reports unknown keys, duplicate keys and circles', () => {
		const input = mockReview();
		const [first] = changes();
		input.option.changes = [
			{ ...first!, key: 'a', requires: ['b'] },
			{ ...first!, key: 'b', requires: ['a'], effects: {} },
			{ ...first!, key: 'b', requires: ['zzz'], effects: {} },
		];
		expect(messages(dependencyProblems(file, record(input)))).toEqual([
			'option.changes[2].key: tên "b" đã dùng cho thay đổi 2',
			'option.changes[2].requires[0]: cần key của một thay đổi khác (a, b), đang là "zzz"',
		]);
		input.option.changes.pop();
		expect(messages(dependencyProblems(file, record(input)))).toEqual([
			'option.changes: các thay đổi cần nhau vòng tròn (1 → 2 → 1); bỏ một requires',
		]);
	});
});

describe('dossierVolumeProblems', () => {
	const root = writeContentFiles(mkdtempSync(join(tmpdir(), 'tthc-volumes-')), {
		'content/dossiers/export-2025.csv': [
			'code,received_at,due_at,finished_at,channel,apology_at,status',
			'1.002153,02/01/2025,09/01/2025,08/01/2025,Trực tiếp,,Đã trả kết quả',
			'1.002153,03/02/2025,10/02/2025,,Trực tuyến,,Đang giải quyết',
			'1.000001,03/02/2025,10/02/2025,,Trực tuyến,,Đang giải quyết',
		].join('\n'),
	});
	const volumes = countDossierVolumes(projectContentDir(root), [
		{ id: '1.002153', code: '1.002153' },
		{ id: '1.000001', code: '1.000001' },
	]);
	const withVolume = (year: number, value: number) =>
		record({
			...mockReview({ year }),
			cost: { ...mockReview().cost, dossiersPerYear: { value, from: 'dossiers' } },
		});

	test('counts the dossiers of the year before the review', () => {
		expect(volumes.byYear.get(2025)?.get('1.002153')).toBe(2);
		expect(dossierVolumeProblems(file, withVolume(2026, 2), volumes)).toEqual([]);
	});

	test('names the count the files hold when the record disagrees, or says the year has none', () => {
		expect(messages(dossierVolumeProblems(file, withVolume(2026, 2500), volumes))).toEqual([
			'cost.dossiersPerYear.value: số liệu hồ sơ năm 2025 có 2 hồ sơ của thủ tục 1.002153; cần 2, đang là 2500',
		]);
		expect(messages(dossierVolumeProblems(file, withVolume(2027, 2), volumes))).toEqual([
			'cost.dossiersPerYear.value: content/dossiers/ không có hồ sơ nào tiếp nhận năm 2026; đổi "from" hoặc thêm số liệu hồ sơ năm 2026',
		]);
	});
});
