import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

const tsx = resolve('node_modules/.bin/tsx');
const script = resolve('scripts/review.ts');

/** Runs `npm run review -- …` in a project root. */
function review(root: string, ...args: string[]) {
	const result = spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
	test('lists the commands, and each command has --help', () => {
		const root = writeReviewProject();
		expect(review(root, '--help').stdout).toMatch(/plan\s+select[\s\S]*score[\s\S]*cost/);
		for (const command of ['plan', 'score', 'cost']) {
			const { code, stdout } = review(root, command, '--help');
			expect(code).toBe(0);
			expect(stdout).toContain(`Usage: npm run review -- ${command}`);
		}
	});

	test('plan --json has the documented shape and selects ceil(0.3 × 10) = 3', () => {
		const { code, stdout } = review(writeReviewProject(), 'plan', '--year', '2027', '--json');
		expect(code).toBe(0);
		const plan = JSON.parse(stdout);
		expect(plan).toMatchObject({ year: 2027, share: 0.3, population: 10, required: 3 });
		expect(plan.selected).toHaveLength(3);
		expect(Object.keys(plan.selected[0]).sort()).toEqual(['grounds', 'id', 'name', 'score']);
		expect(plan.missingSignals[0]).toContain('Chưa có số liệu hồ sơ năm 2026');
	});

	test('plan --include-commune adds the commune-level procedures to the population', () => {
		const root = writeContentFiles(writeReviewProject(), {
			'content/procedures/1.001193.md': mockProcedure({
				code: '1.001193',
				level: ['commune'],
				field: 'Hộ tịch',
			}),
		});
		const own = JSON.parse(review(root, 'plan', '--year', '2027', '--json').stdout);
		expect(own).toMatchObject({ population: 10, notes: [] });
		const { code, stdout } = review(root, 'plan', '--year', '2027', '--include-commune', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({
			population: 11,
			notes: ['Gồm cả 1 thủ tục cấp xã.'],
		});
	}, 60_000);

	test('plan rejects a bad year or share with exit 1 and one clear line', () => {
		const root = writeReviewProject();
		expect(review(root, 'plan', '--year', '27')).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('--year must be a four-digit year like 2027, got "27"'),
		});
		expect(review(root, 'plan', '--year', '2027', '--share', '30')).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('--share must be a number greater than 0 and at most 1'),
		});
		expect(review(root, 'plan')).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('--year is required'),
		});
		expect(review(root, 'plan', '--year', '2027', '--bogus').stderr).toContain(
			"Unknown option '--bogus'"
		);
	});

	test('score --json gives the records and the weighted totals', () => {
		const { code, stdout } = review(writeReviewProject(), 'score', '--year', '2026', '--json');
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

	test('score --rules prints the rules in Vietnamese', () => {
		expect(review(writeReviewProject(), 'score', '--rules').stdout).toContain(
			'Sự cần thiết (0–100)'
		);
	});

	test('cost --json computes the tax example, and with --after the saving', () => {
		const root = writeReviewProject();
		const before = jsonFile('before.json', costInput);
		const after = jsonFile('after.json', { ...costInput, timesPerYear: 4 });
		expect(JSON.parse(review(root, 'cost', '--input', before, '--json').stdout)).toEqual({
			hours: 0,
			timeCost: 0,
			perCase: 250000,
			perYear: 975_000_000_000,
		});
		const compared = JSON.parse(
			review(root, 'cost', '--input', before, '--after', after, '--json').stdout
		);
		expect(compared).toMatchObject({
			after: { perCase: 250000, perYear: 325_000_000_000 },
			saving: 650_000_000_000,
		});
		expect(compared.savingRate).toBeCloseTo(2 / 3, 10);
	});

	test('cost names the file and the field of bad input, and exits 1', () => {
		const root = writeReviewProject();
		const bad = jsonFile('bad.json', {
			...costInput,
			fees: '250.000',
			activities: [{ name: 'Đi lại' }],
		});
		const { code, stderr } = review(root, 'cost', '--input', bad);
		expect(code).toBe(1);
		expect(stderr).toContain(`${bad}: activities[0].hours: cần có trường này; đang thiếu`);
		expect(stderr).toContain(
			`${bad}: fees: cần số đồng nguyên từ 0 đến 1.000.000.000, viết liền không dấu chấm, ví dụ 50000; đang là "250.000"`
		);
		expect(review(root, 'cost', '--input', jsonFile('x.json', '{oops'))).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('not valid JSON'),
		});
		expect(review(root, 'cost', '--input', '/nonexistent.json').stderr).toContain(
			'cannot read /nonexistent.json: ENOENT'
		);
	});

	test('stops with the content errors when a review file is invalid', () => {
		const root = writeReviewProject();
		writeContentFiles(root, {
			'content/reviews/2026/1.002153.md': { ...mockReview(), status: 'done' },
		});
		const { code, stderr } = review(root, 'score', '--year', '2026');
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/content\/reviews\/2026\/1\.002153\.md:\d+: status: cần một trong: draft/
		);
	});
});
