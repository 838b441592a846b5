import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { cannotWrite } from '../../src/lib/cli/fs-errors';
import { resolveUserPath } from '../../src/lib/cli/io';
import { prepareOutputs } from '../../src/lib/cli/output-path';
import { UserError } from '../../src/lib/cli/run';
import { loadReport } from '../../src/lib/content/load-report';
import { writeFileAtomic } from '../../src/lib/files/atomic-file';
import { formatNumber } from '../../src/lib/format/vi';
import { reportFiles, reportFormats, type ReportFormat } from '../../src/lib/report/files';
import type { ReportDocument } from '../../src/lib/report/letterhead';
import { parseOptions, parseYear } from '../support/args';
import type { ReviewCommand } from './command';
import { contentDir } from '../../src/lib/content/content-dir';

const usage = `Cách dùng: npm run -s review -- report --year <năm> --format docx|xlsx|md [--document plan|results|form|decision] [--id <mã>] [--field <lĩnh-vực>] [--out <đường-dẫn>]

Ghi báo cáo gửi lãnh đạo của năm, cùng số liệu với trang /bao-cao/<năm>/:
  docx  văn bản hành chính (A4, thể thức NĐ 30/2020): Kế hoạch rà soát, đánh giá TTHC năm đó
        với --document plan, hoặc Báo cáo kết quả rà soát, đánh giá TTHC với --document results
  xlsx  sổ tính: tổng hợp, kế hoạch, điểm, chi phí tuân thủ, thống kê hồ sơ
  md    kế hoạch và kết quả dạng Markdown, để đọc nhanh và so sánh thay đổi

  --year <năm>       năm báo cáo: năm có bản rà soát, hoặc năm của kế hoạch tiếp theo
  --format <dạng>    docx, xlsx hoặc md (bắt buộc)
  --document <văn-bản>  plan hoặc results (bắt buộc với --format docx); form: Biểu mẫu 02/RS-KSTT
                     đã điền của một thủ tục (--id); decision: dự thảo Quyết định thông qua phương
                     án đơn giản hóa của năm (hoặc của một thủ tục với --id, một lĩnh vực với --field)
  --id <mã>          mã thủ tục của biểu mẫu hoặc quyết định
  --field <lĩnh-vực> lĩnh vực của quyết định
  --out <đường-dẫn>  tệp cần ghi, có đuôi đúng dạng (.docx, .xlsx, .md), hoặc một thư mục để ghi
                     tệp với tên thường dùng vào đó (mặc định: tên thường dùng, ví dụ
                     ke-hoach-ra-soat-tthc-2027.docx, trong thư mục đang đứng)
  --help             xem hướng dẫn này

Tệp được ghi ra tệp tạm cạnh nó rồi mới đổi tên, nên một lần chạy lỗi không để lại tệp dở dang.`;

/** Reads `--format`. */
function parseFormat(value: string | undefined): ReportFormat {
	if (value === undefined) throw new UserError(`thiếu --format\n\n${usage}`);
	if (!(reportFormats as readonly string[]).includes(value)) {
		throw new UserError(`--format cần một trong ${reportFormats.join(', ')}; đang là "${value}"`);
	}
	return value as ReportFormat;
}

/** Reads `--document`: needed for DOCX, meaningless for the others. */
function parseDocument(
	value: string | undefined,
	format: ReportFormat
): ReportDocument | undefined {
	if (format !== 'docx') {
		if (value !== undefined) {
			throw new UserError(`--document chỉ dùng với --format docx; tệp ${format} có cả hai văn bản`);
		}
		return undefined;
	}
	if (value === 'plan' || value === 'results') return value;
	throw new UserError(
		value === undefined
			? '--format docx cần --document plan, results, form hoặc decision'
			: `--document cần plan, results, form hoặc decision; đang là "${value}"`
	);
}

/**
 * The path to write: the usual name inside `--out` when it is a folder, `--out` itself when its
 * extension fits the format (a Word file named `.md` would open as noise), or the usual name in
 * the caller’s folder.
 */
export function outputPath(out: string | undefined, name: string, format: ReportFormat): string {
	if (out === undefined) return name;
	if (isFolder(out)) return join(out, name);
	if (extname(out).toLowerCase() !== `.${format}`) {
		throw new UserError(
			`--out ${out}: tệp ${format} cần đuôi .${format}; đang là “${extname(out) || 'không có đuôi'}”`
		);
	}
	return out;
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** `npm run review -- report`. */
export const reportCommand: ReviewCommand = {
	name: 'report',
	summary:
		'ghi kế hoạch, báo cáo kết quả, biểu mẫu 02/RS-KSTT hoặc dự thảo quyết định (DOCX, XLSX, Markdown)',
	usage,
	async run(args, io) {
		const values = parseOptions(
			args,
			{
				year: { type: 'string' },
				format: { type: 'string' },
				document: { type: 'string' },
				out: { type: 'string' },
				id: { type: 'string' },
				field: { type: 'string' },
			},
			usage
		);
		const year = parseYear(values.year, usage);
		const format = parseFormat(values.format);
		if (format === 'docx' && (values.document === 'form' || values.document === 'decision')) {
			const { id, field, out } = values;
			const { writeReviewDocument } = await import('./report-documents');
			io.log(await writeReviewDocument({ year, document: values.document, id, field, out }, io));
			return 0;
		}
		if (values.id !== undefined || values.field !== undefined) {
			throw new UserError('--id và --field chỉ dùng với --document form hoặc decision');
		}
		const document = parseDocument(values.document, format);
		const file = reportFiles(year, true).find(
			(candidate) => candidate.format === format && candidate.document === document
		)!;
		const out = values.out === undefined ? undefined : resolveUserPath(io, values.out);
		const path = resolveUserPath(io, outputPath(out, file.name, format));
		await prepareOutputs(io, [{ option: '--out', path }]);
		const started = performance.now();
		const data = await loadReport(year, contentDir(io.root, io.env));
		// Loaded here, not at the top: docx, exceljs and jsdom take longer to load than most
		// commands take to run, and every `npm run review` start would pay for them.
		const { renderReport } = await import('../../src/lib/report/render');
		const body = await renderReport(data, format, document);
		try {
			await writeFileAtomic(path, body);
		} catch (error) {
			throw cannotWrite(path, error);
		}
		const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
		const ms = Math.round(performance.now() - started);
		io.log(
			`đã ghi ${path} (${formatNumber(bytes)} byte, ${formatNumber(ms)} ms)${data.sample ? ': có dữ liệu mẫu' : ''}`
		);
		return 0;
	},
};
