import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	convertToPdf,
	libreOfficeCommand,
	pdfPageCount,
} from '../../../scripts/support/libreoffice';
import { loadReport } from '../../../src/lib/content/load-report';
import { renderReport } from '../../../src/lib/report/render';
import { projectContentDir } from '../../../src/lib/content/content-dir';

/**
 * A leader must open the documents without a repair prompt: LibreOffice (Debian’s
 * libreoffice-writer-nogui) converts both to PDF: seconds on a quiet machine, minutes on a loaded one. Set SKIP_LIBREOFFICE=1 on a
 * machine without LibreOffice; CI installs it.
 */
describe.skipIf(process.env.SKIP_LIBREOFFICE === '1')('DOCX opened by LibreOffice', () => {
	test('converts the plan and the results report of the sample year to non-empty PDFs', async () => {
		const data = await loadReport(2026, projectContentDir(process.cwd()));
		const dir = mkdtempSync(join(tmpdir(), 'tthc-docx-pdf-'));
		const files = await Promise.all(
			(['plan', 'results'] as const).map(async (document) => {
				const path = join(dir, `${document}.docx`);
				writeFileSync(path, await renderReport(data, 'docx', document));
				return path;
			})
		);
		const pdfs = await convertToPdf(files, dir, libreOfficeCommand(process.env), 600_000).catch(
			(error: Error) => {
				throw new Error(
					`LibreOffice failed (apt-get install libreoffice-writer-nogui, or SKIP_LIBREOFFICE=1): ${error.message}`
				);
			}
		);
		for (const pdf of pdfs) {
			const bytes = readFileSync(pdf);
			expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(bytes.length).toBeGreaterThan(20_000);
			// Header, body and appendix cannot fit on fewer than two A4 pages.
			expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(2);
		}
		// 2 s on a quiet machine, over 120 s on a two-core one running builds and stress.
	}, 660_000);
});
