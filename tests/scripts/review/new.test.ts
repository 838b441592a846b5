import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, test } from 'vitest';
import { runMain } from '../../../src/lib/cli/run';
import { checkContent } from '../../../src/lib/content/check-content';
import { main } from '../../../scripts/review';
import { bufferIo } from '../../support/cli-io';
import { copyProjectContent } from '../../support/project-copy';
import { projectContentDir } from '../../../src/lib/content/content-dir';

let root: string;
beforeAll(() => {
	root = copyProjectContent('tthc-review-new-');
});

async function review(args: string[]) {
	const io = bufferIo(root);
	const code = await runMain(main, ['new', ...args], io.io);
	return { code, out: io.stdout(), err: io.stderr().trimEnd() };
}

const read = (year: number, id: string) =>
	matter(readFileSync(join(root, `content/reviews/${year}/${id}.md`), 'utf8'), {});

describe('npm run review -- new', () => {
	test('writes a draft prefilled from the procedure, the dossiers and the year’s fee rates', async () => {
		const run = await review(['--year', '2027', '--id', '1.002099', '--date', '2026-12-01']);
		expect(run).toMatchObject({ code: 0, err: '' });
		expect(run.out).toContain('đã tạo content/reviews/2027/1.002099.md: dự thảo;');
		expect(run.out).toContain('kế thừa bản rà soát năm 2026');
		const { data, content } = read(2027, '1.002099');
		expect(data).toMatchObject({
			procedure: '1.002099',
			year: 2027,
			sample: false,
			status: 'draft',
			history: [{ status: 'draft', date: '2026-12-01', unit: 'Phòng Bổ trợ tư pháp' }],
			general: {
				name: 'Đăng ký hoạt động của chi nhánh của tổ chức hành nghề luật sư',
				code: '1.002099',
				field: 'Luật sư',
			},
		});
		// The 50% rate of Thông tư 64/2025/TT-BTC ends on 31/12/2026: a 2027 review pays 50.000 đ.
		expect(data.cost.fees).toEqual([expect.objectContaining({ amount: 50000, from: 'procedure' })]);
		expect(data.cost.dossiersPerYear).toMatchObject({ from: 'dossiers' });
		expect(data.cost.dossiersPerYear.value).toBeGreaterThan(0);
		expect(data.cost.timeLimit).toEqual({ value: 5, unit: 'days', from: 'procedure' });
		expect(data.necessity.objectives.length).toBeGreaterThan(0);
		expect(content).toContain('Bắt đầu rà soát ngày 01/12/2026');
	});

	test('writes one row per paper, step and condition, with every question open', async () => {
		await review(['--year', '2026', '--id', '1.002010', '--date', '2026-03-02']);
		const { data } = read(2026, '1.002010');
		expect(data.reasonableness.documents.items).toHaveLength(3);
		expect(data.reasonableness.steps.items).toHaveLength(2);
		expect(data.reasonableness.conditions.items).toHaveLength(2);
		expect(data.reasonableness.name).toEqual({});
		expect(data.legality.competentAuthority).toEqual({});
		expect(data.cost.fees[0].amount).toBe(25000);
		expect(data.cost.activities.map((line: { hours: number }) => line.hours)).toEqual([0, 0, 0, 0]);
	});

	test('writes the once-only reason and proposal into the rows of papers a database holds', async () => {
		const run = await review(['--year', '2027', '--id', '1.003160', '--date', '2026-12-01']);
		expect(run.out).toContain('2 giấy tờ có đề xuất thay bằng khai thác CSDL (REA.4)');
		const rows: { item: string; ok?: boolean; reason?: string; proposal?: string }[] = read(
			2027,
			'1.003160'
		).data.reasonableness.documents.items;
		const proposed = rows.filter((row) => row.proposal);
		expect(proposed).toHaveLength(2);
		for (const row of proposed) {
			expect(row.proposal).toMatch(/^Thay thế bằng khai thác .+: bỏ thành phần hồ sơ “/);
			expect(row.reason).toMatch(/đã có trong/);
			// The officer still answers: a proposal is a draft, not a finding.
			expect(row.ok).toBeUndefined();
		}
		expect(rows.length).toBeGreaterThan(proposed.length);
	});

	test('keeps the content valid for npm run check', () => {
		const { errors } = checkContent(projectContentDir(root));
		expect(errors).toEqual([]);
	});

	test('refuses to overwrite a review, and leaves it as it was', async () => {
		const path = join(root, 'content/reviews/2026/2.000635.md');
		const before = readFileSync(path);
		const run = await review(['--year', '2026', '--id', '2.000635']);
		expect(run.code).toBe(1);
		expect(run.err).toBe(
			'lỗi: content/reviews/2026/2.000635.md đã có: không ghi đè bản rà soát đang có; mở bằng npm run workbench để sửa'
		);
		expect(readFileSync(path)).toEqual(before);
	});

	test('starts every planned procedure without a review, and skips the others', async () => {
		const run = await review(['--year', '2026', '--all-planned', '--date', '2026-03-02']);
		expect(run.code).toBe(0);
		expect(run.out).toMatch(
			/Kế hoạch năm 2026: 48 thủ tục; tạo mới \d+, đã có \d+ \(không ghi đè\)\./
		);
		const created = run.out.split('\n').filter((line) => line.startsWith('đã tạo')).length;
		expect(readdirSync(join(root, 'content/reviews/2026')).length).toBe(14 + 1 + created);
		expect(existsSync(join(root, 'content/reviews/2026/2.000635.md'))).toBe(true);
	});

	test('stops with one clear line on a missing option, an unknown procedure or a bad date', async () => {
		expect((await review(['--year', '2026'])).err).toMatch(
			/^lỗi: cần --id <mã> hoặc --all-planned/
		);
		expect((await review(['--year', '2026', '--id', '9.999999'])).err).toBe(
			'lỗi: không có thủ tục "9.999999" trong content/procedures/ (mã như 2.000635)'
		);
		expect((await review(['--year', '2026', '--id', '1.002099', '--date', '2026-02-30'])).err).toBe(
			'lỗi: --date cần một ngày có thật dạng yyyy-mm-dd, đang là "2026-02-30"'
		);
	});

	test('writes nothing when the folder cannot be written', async () => {
		const other = copyProjectContent('tthc-review-new-ro-');
		writeFileSync(join(other, 'content/reviews/2028'), 'not a folder');
		const io = bufferIo(other);
		expect(await runMain(main, ['new', '--year', '2028', '--id', '1.002099'], io.io)).toBe(1);
		expect(io.stderr()).not.toContain('    at ');
	});
});
