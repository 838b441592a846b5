import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main as check } from '../../scripts/check';
import { main as review } from '../../scripts/review';
import { runMain } from '../../src/lib/cli/run';
import { loadPlan } from '../../src/lib/content/load-review-content';
import { startWorkbench, type Workbench } from '../../src/lib/workbench/server';
import { bufferIo } from '../support/cli-io';
import { copyProjectContent } from '../support/project-copy';
import { accessibilityViolations, useBrowser } from './support/browser';
import { projectContentDir } from '../../src/lib/content/content-dir';

const year = 2026;
const project = join(import.meta.dirname, '../..');
const browser = useBrowser();
let root: string;
let workbench: Workbench;
let id: string;

beforeAll(async () => {
	root = copyProjectContent('tthc-workbench-e2e-');
	const plan = await loadPlan(year, undefined, projectContentDir(root));
	const started = new Set(
		plan.selected
			.filter((item) => {
				try {
					readFileSync(join(root, `content/reviews/${year}/${item.id}.md`));
					return true;
				} catch {
					return false;
				}
			})
			.map((item) => item.id)
	);
	id = plan.selected.find((item) => !started.has(item.id))!.id;
	workbench = await startWorkbench({ content: projectContentDir(root), port: 0 });
}, 120_000);

afterAll(async () => {
	await workbench?.close();
});

/** The raw numbers the score panel shows. */
async function shown(page: import('playwright-core').Page, key: string): Promise<number> {
	return Number(await page.getAttribute(`[data-result="${key}"]`, 'data-value'));
}

describe('the officers’ workbench', () => {
	test('an officer starts a review, records a finding that drops a paper, sees the cost fall and saves', async () => {
		const io = bufferIo(root);
		expect(
			await runMain(
				review,
				['new', '--year', String(year), '--id', id, '--date', '2026-03-02'],
				io.io
			)
		).toBe(0);
		const draft = matter(
			readFileSync(join(root, `content/reviews/${year}/${id}.md`), 'utf8'),
			{}
		).data;
		const paper: string = draft.reasonableness.documents.items[0].item;

		const context = await browser().newContext({ locale: 'vi-VN' });
		const page = await context.newPage();
		await page.goto(`${workbench.url}${year}/${id}/phieu/`);
		await page.waitForSelector('#workbench[data-ready]');
		await page.locator('input[data-path="cost.activities[1].hours"]').fill('2');
		const before = await shown(page, 'after-per-year');
		expect(before).toBeGreaterThan(0);

		const row = page.getByRole('group', { name: paper, exact: true });
		await row.getByLabel('Không', { exact: true }).check();
		await row.getByLabel('Lý do').fill('Giấy tờ này đã có trong cơ sở dữ liệu của Sở.');
		await row.getByLabel('Đề xuất').fill(`Bỏ “${paper}” khỏi thành phần hồ sơ.`);
		await row.getByRole('button', { name: 'Đưa đề xuất vào phương án' }).click();
		await page.getByLabel('Giờ bớt: Chuẩn bị, hoàn thiện hồ sơ').fill('0,5');
		const after = await shown(page, 'after-per-year');
		expect(after).toBeLessThan(before);
		expect(await shown(page, 'saving')).toBe(before - after);

		// The change still lacks the law to amend: the message sits beside the field.
		await expect
			.poll(() =>
				page.locator('[data-path="option.changes[0].legalChange.document"].field-problem').count()
			)
			.toBe(1);
		await page.getByLabel('Văn bản cần sửa đổi').fill(draft.general.documents[0]);
		await page.getByLabel('Cơ quan có thẩm quyền quyết định').fill('Bộ Tư pháp');
		await page.getByLabel('Tóm tắt phương án').fill('Bỏ một giấy tờ đã có trong cơ sở dữ liệu.');
		await page.locator('button[type=submit]').click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã lưu');
		expect(await accessibilityViolations(page)).toEqual([]);

		// npm run check passes on the saved content.
		const checked = bufferIo(root);
		expect(await runMain(check, ['--quiet'], checked.io), checked.stderr()).toBe(0);

		// npm run review -- score shows the new saving.
		const score = spawnSync(
			join(project, 'node_modules/.bin/tsx'),
			[join(project, 'scripts/review.ts'), 'score', '--year', String(year), '--json'],
			{ cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, INIT_CWD: root } }
		);
		expect(score.status, score.stderr).toBe(0);
		const scored = JSON.parse(score.stdout).records.find(
			(record: { id: string }) => record.id === id
		);
		expect(scored.cost.saving).toBe(before - after);

		// The year page counts it.
		await page.goto(`${workbench.url}${year}/`);
		const counted = await page.getAttribute('[data-progress]', 'data-progress');
		expect(counted).toMatch(/^8\/48$/);
		expect(await page.locator(`tr[data-id="${id}"]`).textContent()).toContain('Dự thảo');
		await context.close();
	}, 240_000);

	test('the year page of the workbench has no accessibility violations', async () => {
		const context = await browser().newContext({ locale: 'vi-VN' });
		const page = await context.newPage();
		await page.goto(`${workbench.url}${year}/`);
		expect(await accessibilityViolations(page)).toEqual([]);
		await context.close();
	}, 60_000);
});
