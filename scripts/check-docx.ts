import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/lib/cli/io';
import { runCli, UserError } from '../src/lib/cli/run';
import { loadReport, reportYears } from '../src/lib/content/load-report';
import { formatNumber } from '../src/lib/format/vi';
import { reportFiles } from '../src/lib/report/files';
import { renderReport } from '../src/lib/report/render';
import { parseOptions, parseYear } from './support/args';
import { convertToPdf, libreOfficeCommand, pdfPageCount } from './support/libreoffice';
import { contentDir } from '../src/lib/content/content-dir';

const usage = `Cách dùng: npx tsx scripts/check-docx.ts [--year <năm>] [--keep]

Ghi kế hoạch và báo cáo kết quả DOCX của một năm (mặc định: mọi năm có báo cáo), chuyển sang
PDF bằng LibreOffice chạy ngầm (lệnh soffice; đặt biến LIBREOFFICE để dùng lệnh khác) rồi in
kích thước và số trang của từng PDF. Thất bại khi không chuyển được hoặc PDF rỗng.

  --year <năm>   chỉ năm này
  --keep         giữ các tệp DOCX và PDF và in thư mục chứa chúng (mặc định: xoá)
  --help         xem hướng dẫn này`;

/** `npx tsx scripts/check-docx.ts`: opens the DOCX reports with LibreOffice, as a leader would. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			year: { type: 'string' },
			keep: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const content = contentDir(io.root, io.env);
	const years = values.year ? [parseYear(values.year, usage)] : reportYears(content);
	const dir = await mkdtemp(join(tmpdir(), 'tthc-check-docx-'));
	try {
		const written: string[] = [];
		for (const year of years) {
			const data = await loadReport(year, content);
			for (const file of reportFiles(year, data.results !== undefined)) {
				if (file.format !== 'docx') continue;
				const path = join(dir, file.name);
				await writeFile(path, await renderReport(data, 'docx', file.document));
				written.push(path);
			}
		}
		const started = performance.now();
		let pdfs: string[];
		try {
			pdfs = await convertToPdf(written, dir, libreOfficeCommand(io.env));
		} catch (error) {
			throw new UserError(`LibreOffice không chuyển được các văn bản: ${(error as Error).message}`);
		}
		let failed = 0;
		for (const pdf of pdfs) {
			const bytes = await readFile(pdf).catch(() => null);
			const pages = bytes ? pdfPageCount(bytes) : 0;
			if (!bytes || bytes.length === 0 || pages === 0) {
				io.error(`lỗi: ${pdf}: ${bytes ? 'PDF rỗng' : 'không có tệp PDF'}`);
				failed += 1;
				continue;
			}
			io.log(`${pdf}: ${formatNumber(bytes.length)} byte, ${formatNumber(pages)} trang`);
		}
		const ms = Math.round(performance.now() - started);
		io.log(`đã chuyển ${formatNumber(pdfs.length)} tệp trong ${formatNumber(ms)} ms`);
		if (values.keep) io.log(`các tệp được giữ trong ${dir}`);
		return failed > 0 ? 1 : 0;
	} finally {
		if (!values.keep) await rm(dir, { recursive: true, force: true });
	}
}

await runCli(main, import.meta.url);
