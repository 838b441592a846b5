import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, UserError } from '../src/lib/cli/run';
import { loadReport, reportYears } from '../src/lib/content/load-report';
import { reportFiles } from '../src/lib/report/files';
import { renderReport } from '../src/lib/report/render';
import { parseOptions, parseYear } from './support/args';
import { convertToPdf, libreOffice, pdfPageCount } from './support/libreoffice';

const usage = `Usage: npx tsx scripts/check-docx.ts [--year <Y>] [--keep]

Writes the DOCX plan and results report of a year (default: every report year), converts them
to PDF with headless LibreOffice (${libreOffice}; set LIBREOFFICE to use another) and prints
each PDF’s size and page count. Fails when a conversion fails or gives an empty PDF.

  --year <Y>   only this year
  --keep       keep the DOCX and PDF files and print their folder (removed otherwise)
  --help       show this help`;

runCli(async () => {
	const values = parseOptions(
		process.argv.slice(2),
		{
			year: { type: 'string' },
			keep: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const years = values.year ? [parseYear(values.year, usage)] : reportYears();
	const dir = mkdtempSync(join(tmpdir(), 'tthc-check-docx-'));
	const written: string[] = [];
	for (const year of years) {
		const data = await loadReport(year);
		for (const file of reportFiles(year, data.results !== undefined)) {
			if (file.format !== 'docx') continue;
			const path = join(dir, file.name);
			writeFileSync(path, await renderReport(data, 'docx', file.document));
			written.push(path);
		}
	}
	const started = performance.now();
	let pdfs: string[];
	try {
		pdfs = await convertToPdf(written, dir);
	} catch (error) {
		throw new UserError(`LibreOffice could not convert the documents: ${(error as Error).message}`);
	}
	let failed = 0;
	for (const pdf of pdfs) {
		let bytes: Buffer;
		try {
			bytes = readFileSync(pdf);
		} catch {
			console.error(`missing: ${pdf}`);
			failed += 1;
			continue;
		}
		const pages = pdfPageCount(bytes);
		if (bytes.length === 0 || pages === 0) failed += 1;
		console.log(`${pdf}: ${bytes.length.toLocaleString('en')} bytes, ${pages} page(s)`);
	}
	console.log(`converted ${pdfs.length} file(s) in ${Math.round(performance.now() - started)} ms`);
	if (values.keep) console.log(`files kept in ${dir}`);
	else rmSync(dir, { recursive: true, force: true });
	return failed > 0 ? 1 : 0;
});
