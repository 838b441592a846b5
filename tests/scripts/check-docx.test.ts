import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/check-docx';
import { runMain } from '../../src/lib/cli/run';
import { bufferIo } from '../support/cli-io';
import { writeReviewProject } from '../support/review-factory';

describe('scripts/check-docx.ts', () => {
	test('shows its help in Vietnamese', async () => {
		const { io, stdout } = bufferIo(writeReviewProject());
		expect(await runMain(main, ['--help'], io)).toBe(0);
		expect(stdout()).toMatch(/^Cách dùng: npx tsx scripts\/check-docx\.ts/);
	});

	test('says in one line that LibreOffice is missing, and removes its files', async () => {
		const { io, stderr } = bufferIo(writeReviewProject(), undefined, {
			LIBREOFFICE: '/nonexistent/soffice',
		});
		expect(await runMain(main, ['--year', '2026'], io)).toBe(1);
		expect(stderr()).toMatch(/^lỗi: LibreOffice không chuyển được các văn bản: .*ENOENT.*\n$/);
	}, 300_000);

	test('refuses a bad year', async () => {
		const { io, stderr } = bufferIo(writeReviewProject());
		expect(await runMain(main, ['--year', 'x'], io)).toBe(1);
		expect(stderr()).toBe('lỗi: --year cần một năm bốn chữ số, ví dụ 2027; đang là "x"\n');
	});
});
