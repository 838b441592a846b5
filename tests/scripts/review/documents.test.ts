import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../src/lib/cli/io';
import { runMain } from '../../../src/lib/cli/run';
import { main } from '../../../scripts/review';
import { writeReviewProject } from '../../support/review-factory';

/** An io that keeps what a command prints, rooted at `root`. */
function bufferIo(root: string): CliIo & { out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	return {
		cwd: root,
		root,
		env: {},
		interactive: false,
		out,
		err,
		log: (text) => void out.push(text),
		error: (text) => void err.push(text),
	};
}

const root = process.cwd();
/** Reading the real catalogue and a year of dossiers takes seconds on a busy machine. */
const slow = 60_000;

describe('npm run review -- documents', () => {
	test(
		'prints the documented JSON for the real catalogue',
		async () => {
			const io = bufferIo(root);
			expect(await runMain(main, ['documents', '--year', '2025', '--json'], io)).toBe(0);
			const json = JSON.parse(io.out.join('\n'));
			expect(Object.keys(json).sort()).toEqual(['kinds', 'mapped']);
			expect(json.mapped).toBeGreaterThanOrEqual(0.8);
			const identity = json.kinds.find((row: { kind: string }) => row.kind === 'identity');
			expect(identity).toMatchObject({
				label: 'Giấy tờ tùy thân (CMND, căn cước, hộ chiếu)',
				heldBy: 'Cơ sở dữ liệu quốc gia về dân cư',
			});
			expect(identity.procedures).toBe(identity.ids.length);
			expect(io.err).toEqual([]);
		},
		slow
	);

	test(
		'explains the catalogue and the saving in Vietnamese',
		async () => {
			const io = bufferIo(root);
			expect(await runMain(main, ['documents', '--year', '2025'], io)).toBe(0);
			const text = io.out.join('\n');
			expect(text).toMatch(/^Thành phần hồ sơ: \d{1,3}(\.\d{3})? dòng, đã phân loại \d+(,\d)?%/);
			expect(text).toContain('Số hồ sơ mỗi năm: hồ sơ năm 2025, dữ liệu mẫu.');
			expect(text).toMatch(/Bỏ tất cả: tiết kiệm ước tính [\d.]+ giờ và [\d.]+ đ mỗi năm/);
			expect(text).toContain('Theo thủ tục:');
		},
		slow
	);

	test('stops with one line on a bad year', async () => {
		const io = bufferIo(root);
		expect(await runMain(main, ['documents', '--year', '25'], io)).toBe(1);
		expect(io.err[0]).toContain('--year cần một năm bốn chữ số');
		expect(io.err.join('\n')).not.toMatch(/\n\s+at /);
	});

	test('says which file is missing in a project without the table', async () => {
		const project = writeReviewProject();
		const io = bufferIo(project);
		expect(await runMain(main, ['documents', '--year', '2025'], io)).toBe(1);
		expect(io.err[0]).toContain('content/review/state-data.md: không có tệp này');
	});

	test('is listed with the other commands and has its own help', async () => {
		const io = bufferIo(mkdtempSync(join(tmpdir(), 'documents-help-')));
		expect(await runMain(main, ['--help'], io)).toBe(0);
		expect(io.out.join('\n')).toMatch(/documents\s+giấy tờ Nhà nước đã có dữ liệu/);
		const help = bufferIo(root);
		expect(await runMain(main, ['documents', '--help'], help)).toBe(0);
		expect(help.out.join('\n')).toContain('Cách dùng: npm run review -- documents');
	});
});
