import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/generate-dossier-samples';
import { runMain } from '../../src/lib/cli/run';
import { sampleDefinitions } from '../../src/lib/dossiers/samples';
import { bufferIo } from '../support/cli-io';
import { writeReviewProject } from '../support/review-factory';

const [first] = sampleDefinitions;

describe('npm run samples:dossiers', { timeout: 300_000 }, () => {
	test('writes a sample into --out-dir, resolved from the caller’s folder, the same bytes each time', async () => {
		const root = writeReviewProject();
		const cwd = mkdtempSync(join(tmpdir(), 'samples-'));
		const run = async () => {
			const { io, stdout } = bufferIo(root, cwd);
			expect(await runMain(main, ['--only', first!.file, '--out-dir', 'out'], io)).toBe(0);
			return stdout();
		};
		expect(await run()).toMatch(
			new RegExp(`^${cwd}/out/${first!.file}: [\\d.]+ hồ sơ của 10 thủ tục\\n$`)
		);
		const bytes = readFileSync(join(cwd, 'out', first!.file));
		await run();
		expect(readFileSync(join(cwd, 'out', first!.file))).toEqual(bytes);
		expect(readdirSync(join(cwd, 'out'))).toEqual([first!.file]);
	});

	test('names the samples when --only names none of them', async () => {
		const { io, stderr } = bufferIo(writeReviewProject());
		expect(await runMain(main, ['--only', 'x.csv'], io)).toBe(1);
		expect(stderr()).toMatch(/^lỗi: không có tệp mẫu "x\.csv"; các tệp mẫu là sample-/);
	});
});
