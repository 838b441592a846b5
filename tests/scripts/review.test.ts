import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/lib/review/simulate';
import { simulatorProps } from '../../src/lib/review/simulator-props';
import { reviewRecordSchema } from '../../src/schemas/review-record';
import {
	mockConfig,
	mockReview,
	writeContentFiles,
	writeReviewProject,
} from '../support/review-factory';
import { mockProcedure } from '../support/procedure-factory';
import { runReview } from './review/support/run-review';

/** Writes a JSON file into a fresh folder and returns its path. */
function jsonFile(name: string, value: unknown): string {
	const path = join(mkdtempSync(join(tmpdir(), 'tthc-cost-')), name);
	writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
	return path;
}

const costInput = {
	hourlyIncome: 0,
	activities: [],
	fees: 250000,
	otherCosts: [],
	timesPerYear: 12,
	subjectsPerYear: 325000,
};

describe('npm run review', () => {
	test('lists the commands in Vietnamese, and each command has its --help', async () => {
		const root = writeReviewProject();
		const help = await runReview(['--help'], root);
		expect(help.stdout).toMatch(/^Cách dùng: npm run -s review -- <lệnh>/);
		expect(help.stdout).toMatch(/plan\s+chọn[\s\S]*score[\s\S]*cost[\s\S]*dossiers[\s\S]*report/);
		for (const command of ['plan', 'score', 'cost', 'dossiers', 'report']) {
			const { code, stdout } = await runReview([command, '--help'], root);
			expect(code).toBe(0);
			expect(stdout).toContain(`Cách dùng: npm run -s review -- ${command}`);
		}
	});

	test('exits 1 with the list of commands without a command or with an unknown one', async () => {
		const root = writeReviewProject();
		expect(await runReview([], root)).toMatchObject({ code: 1, stdout: /Các lệnh:/ });
		const unknown = await runReview(['plna'], root);
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(/^lỗi: không có lệnh "plna"\n\nCách dùng:/);
	});

	test('plan --json has the documented shape and selects ceil(0.3 × 10) = 3', async () => {
		const { code, stdout } = await runReview(
			['plan', '--year', '2027', '--json'],
			writeReviewProject()
		);
		expect(code).toBe(0);
		const plan = JSON.parse(stdout);
		expect(plan).toMatchObject({ year: 2027, share: 0.3, population: 10, required: 3 });
		expect(plan.selected).toHaveLength(3);
		expect(Object.keys(plan.selected[0]).sort()).toEqual(['grounds', 'id', 'name', 'score']);
		expect(plan.missingSignals[0]).toContain('Chưa có số liệu hồ sơ năm 2026');
	});

	test('plan prints the selection in Vietnamese, with a decimal comma', async () => {
		const { stdout } = await runReview(
			['plan', '--year', '2027', '--share', '0.25'],
			writeReviewProject()
		);
		expect(stdout).toMatch(/^Kế hoạch rà soát năm 2027: chọn 3\/10 thủ tục .*= 25%\)/);
		expect(stdout).not.toMatch(/\d\.\d điểm/);
	});

	test('plan --include-commune adds the commune-level procedures to the population', async () => {
		const root = writeContentFiles(writeReviewProject(), {
			'content/procedures/1.001193.md': mockProcedure({
				code: '1.001193',
				level: ['commune'],
				field: 'Hộ tịch',
			}),
		});
		const own = JSON.parse((await runReview(['plan', '--year', '2027', '--json'], root)).stdout);
		expect(own).toMatchObject({ population: 10, notes: [] });
		const { code, stdout } = await runReview(
			['plan', '--year', '2027', '--include-commune', '--json'],
			root
		);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({
			population: 11,
			notes: ['Gồm cả 1 thủ tục cấp xã.'],
		});
	});

	test('plan rejects a bad year, share or option with exit 1 and one clear line', async () => {
		const root = writeReviewProject();
		const expectError = async (args: string[], message: string) => {
			const run = await runReview(args, root);
			expect(run.code).toBe(1);
			expect(run.stderr.split('\n')[0]).toBe(`lỗi: ${message}`);
		};
		await expectError(
			['plan', '--year', '27'],
			'--year cần một năm bốn chữ số, ví dụ 2027; đang là "27"'
		);
		await expectError(
			['plan', '--year', '2027', '--share', '30'],
			'--share cần một số lớn hơn 0 và không quá 1, viết bằng dấu chấm, ví dụ 0.3 (0,3); đang là "30"'
		);
		await expectError(
			['plan', '--year', '2027', '--share', '0,3'],
			'--share cần một số lớn hơn 0 và không quá 1, viết bằng dấu chấm, ví dụ 0.3 (0,3); đang là "0,3"'
		);
		await expectError(['plan'], 'thiếu --year');
		await expectError(
			['plan', '--year', '2027', '--bogus'],
			'không có tùy chọn --bogus; các tùy chọn là --year, --share, --include-commune, --json'
		);
		await expectError(['plan', '--year'], '--year cần một giá trị, ví dụ --year <giá trị>');
		await expectError(['plan', '--json=yes'], '--json không nhận giá trị');
		await expectError(
			['plan', '2027'],
			'không hiểu “2027”: mọi giá trị đều đi sau tên tùy chọn, ví dụ --year 2027'
		);
	});

	test('score --json gives the records and the weighted totals', async () => {
		const { code, stdout } = await runReview(
			['score', '--year', '2026', '--json'],
			writeReviewProject()
		);
		expect(code).toBe(0);
		const scores = JSON.parse(stdout);
		expect(scores.records).toHaveLength(1);
		expect(scores.records[0]).toMatchObject({
			id: '1.002153',
			necessity: 100,
			reasonableness: 90.9,
			legality: 100,
			recommendation: 'simplify',
		});
		expect(scores.totals.savingRate).toBeCloseTo(scores.totals.saving / scores.totals.before, 10);
		// The simulator island computes the same numbers for the same inputs.
		const props = simulatorProps(
			reviewRecordSchema.parse(mockReview()),
			mockConfig().hourlyIncome.value
		);
		expect(scores.records[0].cost).toEqual(simulate(props, [true]));
	});

	test('score prints Vietnamese numbers, and --rules the rules', async () => {
		const root = writeReviewProject();
		const { stdout } = await runReview(['score', '--year', '2026'], root);
		expect(stdout).toContain('hợp lý 90,9');
		expect(stdout).toMatch(/\d{1,3}(\.\d{3})* đ\/lần/);
		expect((await runReview(['score', '--rules'], root)).stdout).toContain('Sự cần thiết (0–100)');
	});

	test('cost --json computes the tax example, and with --after the saving', async () => {
		const root = writeReviewProject();
		const before = jsonFile('before.json', costInput);
		const after = jsonFile('after.json', { ...costInput, timesPerYear: 4 });
		expect(
			JSON.parse((await runReview(['cost', '--input', before, '--json'], root)).stdout)
		).toEqual({
			hours: 0,
			timeCost: 0,
			perCase: 250000,
			perYear: 975_000_000_000,
		});
		const compared = JSON.parse(
			(await runReview(['cost', '--input', before, '--after', after, '--json'], root)).stdout
		);
		expect(compared).toMatchObject({
			after: { perCase: 250000, perYear: 325_000_000_000 },
			saving: 650_000_000_000,
		});
		expect(compared.savingRate).toBeCloseTo(2 / 3, 10);
	});

	test('cost prints money and rates the Vietnamese way', async () => {
		const before = jsonFile('before.json', costInput);
		const after = jsonFile('after.json', { ...costInput, timesPerYear: 4 });
		const { stdout } = await runReview(
			['cost', '--input', before, '--after', after],
			writeReviewProject()
		);
		expect(stdout).toContain('Chi phí mỗi năm:       975.000.000.000 đ');
		expect(stdout).toContain('Tiết kiệm:             650.000.000.000 đ/năm (66,7%)');
	});

	test('cost reads relative paths from the folder the command was typed in', async () => {
		const before = jsonFile('before.json', costInput);
		const run = await runReview(
			['cost', '--input', basename(before), '--json'],
			writeReviewProject(),
			dirname(before)
		);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).perCase).toBe(250000);
	});

	test('cost names the file and the field of bad input, and exits 1', async () => {
		const root = writeReviewProject();
		const bad = jsonFile('bad.json', {
			...costInput,
			fees: '250.000',
			activities: [{ name: 'Đi lại' }],
		});
		const { code, stderr } = await runReview(['cost', '--input', bad], root);
		expect(code).toBe(1);
		expect(stderr).toMatch(new RegExp(`^lỗi: ${bad}: activities\\[0\\]\\.hours: `, 'm'));
		expect(stderr).toMatch(new RegExp(`^lỗi: ${bad}: fees: .*"250\\.000"`, 'm'));
	});

	test('cost refuses infinite and absurd values with the allowed range', async () => {
		const root = writeReviewProject();
		const cases: [string, RegExp][] = [
			[
				'{"hourlyIncome": 0, "fees": 1e308, "timesPerYear": 1, "subjectsPerYear": 1}',
				/^lỗi: \S+: fees: cần số nguyên đồng từ 0 đến 100\.000\.000\.000/,
			],
			[
				'{"hourlyIncome": 0, "timesPerYear": 1, "subjectsPerYear": -1}',
				/subjectsPerYear: cần số đối tượng mỗi năm từ 0 đến 200\.000\.000/,
			],
			[
				'{"hourlyIncome": 0, "timesPerYear": 1e999, "subjectsPerYear": 1}',
				/^lỗi: \S+: timesPerYear: cần một số bình thường; đang là một số quá lớn \(vô cực\)\n$/,
			],
			[
				'{"hourlyIncome": 1e7, "activities": [{"name": "x", "hours": 10000}], "timesPerYear": 10000, "subjectsPerYear": 200000000}',
				/chi phí mỗi năm tính ra .* vượt số lớn nhất tính chính xác được/,
			],
		];
		for (const [text, message] of cases) {
			const file = jsonFile('absurd.json', text);
			const run = await runReview(['cost', '--input', file, '--json'], root);
			expect(run.code).toBe(1);
			expect(run.stdout).toBe('');
			expect(run.stderr).toMatch(message);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.stderr).not.toMatch(/∞|null|NaN/);
		}
	});

	test('cost names the line of broken JSON and the missing file', async () => {
		const root = writeReviewProject();
		const broken = jsonFile('x.json', '{\n  "fees": 1,\n  oops\n}');
		expect((await runReview(['cost', '--input', broken], root)).stderr).toBe(
			`lỗi: ${broken}:3: không phải JSON hợp lệ ở cột 3; gặp “oops”\n`
		);
		const missing = join(tmpdir(), 'no-such-dir-tthc', 'x.json');
		expect((await runReview(['cost', '--input', missing], root)).stderr).toBe(
			`lỗi: không đọc được ${missing}: không có tệp hay thư mục này\n`
		);
	});

	test('stops with the content errors when a review file is invalid', async () => {
		const root = writeReviewProject();
		writeContentFiles(root, {
			'content/reviews/2026/1.002153.md': { ...mockReview(), status: 'done' },
		});
		const { code, stderr } = await runReview(['score', '--year', '2026'], root);
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/content\/reviews\/2026\/1\.002153\.md:\d+: status: cần một trong: draft/
		);
		expect(stderr).not.toMatch(/^\s+at /m);
	});
});
