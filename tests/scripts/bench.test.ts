import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildScript } from '../../scripts/bench/build';
import {
	benchDossiers,
	main as benchDossiersMain,
	measureDossiers,
} from '../../scripts/bench/dossiers';
import { main as benchReview } from '../../scripts/bench/review';
import { runMain } from '../../src/lib/cli/run';
import { bufferIo } from '../support/cli-io';
import { writeReviewProject } from '../support/review-factory';

describe('scripts/bench', () => {
	test('build runs the command of npm run build', () => {
		const manifest = JSON.parse(
			readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')
		) as { scripts: Record<string, string> };
		expect(manifest.scripts.build).toBe(['node', ...buildScript].join(' '));
	});

	test('review times plan and score over a project given by --root, from the caller’s folder', async () => {
		const root = writeReviewProject();
		const { io, stdout } = bufferIo(process.cwd(), root);
		expect(await runMain(benchReview, ['--runs', '2', '--root', '.'], io)).toBe(0);
		expect(stdout()).toMatch(/^danh mục: 10 thủ tục, 1 bản rà soát\n/);
		expect(stdout()).toMatch(/kế hoạch 2027 \(2 lần\): trung vị [\d,]+ ms/);
	}, 300_000);

	test('refuses run and row counts that are not whole numbers', async () => {
		const review = bufferIo(process.cwd());
		expect(await runMain(benchReview, ['--runs', 'many'], review.io)).toBe(1);
		expect(review.stderr()).toBe('lỗi: --runs cần một số nguyên ≥ 1; đang là "many"\n');
		const dossiers = bufferIo(process.cwd());
		expect(await runMain(benchDossiersMain, ['--rows', '1e6'], dossiers.io)).toBe(1);
		expect(dossiers.stderr()).toBe('lỗi: --rows cần một số nguyên ≥ 1; đang là "1e6"\n');
	});

	test('dossiers measures the import and a bare csv-parse read of the same rows, with the ratio’s budget', async () => {
		const rows = await benchDossiers({ rows: 2000, badEvery: 100, runs: 1 });
		expect(rows.map(({ metric, unit }) => `${metric} (${unit})`)).toEqual([
			'import rate (rows/s)',
			'import peak memory (MiB)',
			'bare csv-parse rate (rows/s)',
			'bare csv-parse peak memory (MiB)',
			'import / bare csv-parse rate (ratio)',
		]);
		for (const row of rows) expect(row.value).toBeGreaterThan(0);
		expect(rows.at(-1)?.budget).toEqual({ limit: 0.5, comparison: '>=' });
	}, 300_000);

	test('dossiers takes the ratio pair by pair, each import beside the read after it', async () => {
		const bench = await measureDossiers({ rows: 2000, badEvery: 100, runs: 3 });
		expect(bench.ratios).toHaveLength(3);
		for (const ratio of bench.ratios) expect(ratio).toBeGreaterThan(0);
	}, 300_000);
});
