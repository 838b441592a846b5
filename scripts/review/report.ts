import { statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../src/lib/cli/run';
import { loadReport } from '../../src/lib/content/load-report';
import { writeFileAtomic } from '../../src/lib/files/atomic-file';
import { reportFiles, reportFormats, type ReportFormat } from '../../src/lib/report/files';
import type { ReportDocument } from '../../src/lib/report/letterhead';
import { renderReport } from '../../src/lib/report/render';
import { parseOptions, parseYear } from '../support/args';
import type { ReviewCommand } from './command';
import { writeReviewDocument } from './report-documents';

const usage = `Usage: npm run review -- report --year <Y> --format docx|xlsx|md [--document plan|results|form|decision] [--id <code>] [--field <name>] [--out <path>]

Writes the leadership report of year Y, with the same figures as the page /bao-cao/<Y>/:
  docx  an official document (A4, NĐ 30/2020 layout): the plan (Kế hoạch rà soát, đánh giá TTHC
        năm Y) with --document plan, or the results report (Báo cáo kết quả rà soát, đánh giá
        TTHC năm Y) with --document results
  xlsx  a workbook: summary, plan, scores, compliance cost, dossier statistics
  md    the plan and the results as Markdown, for quick reading and diffs

  --year <Y>         report year: a year with review records, or the year of the next plan
  --format <f>       docx, xlsx or md (required)
  --document <d>     plan or results (required with --format docx); form: the filled Biểu mẫu
                     02/RS-KSTT of one review (--id); decision: the draft Quyết định thông qua phương
                     án đơn giản hóa of the year (or of one procedure with --id, one field with --field)
  --id <code>        procedure of the form or decision
  --field <name>     field (lĩnh vực) of the decision
  --out <path>       file to write, or a folder to write the usual file name into
                     (default: the usual file name, e.g. ke-hoach-ra-soat-tthc-2027.docx, here)
  --help             show this help

The file is written beside its final path and renamed into place, so a failed run leaves
nothing half-written.`;

/** Reads `--format`. */
function parseFormat(value: string | undefined): ReportFormat {
	if (value === undefined) throw new UserError(`--format is required\n\n${usage}`);
	if (!(reportFormats as readonly string[]).includes(value)) {
		throw new UserError(`--format must be one of ${reportFormats.join(', ')}, got "${value}"`);
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
			throw new UserError(
				`--document applies to --format docx only; the ${format} file holds both`
			);
		}
		return undefined;
	}
	if (value === 'plan' || value === 'results') return value;
	throw new UserError(
		value === undefined
			? '--format docx needs --document plan or --document results'
			: `--document must be plan or results, got "${value}"`
	);
}

/** The path to write: `--out`, the usual name inside `--out` when it is a folder, or the usual name here. */
export function outputPath(out: string | undefined, name: string): string {
	if (out === undefined) return name;
	try {
		if (statSync(out).isDirectory()) return join(out, name);
	} catch {
		// Not there yet: a file to create.
	}
	return out;
}

/** Turns a file-system error into one line that says what to do. */
export function writeError(path: string, error: NodeJS.ErrnoException): UserError {
	const reasons: Record<string, string> = {
		ENOENT: 'its folder does not exist',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		EROFS: 'the file system is read-only',
		EISDIR: 'it is a folder',
		ENOTDIR: 'a part of the path is not a folder',
		ENOSPC: 'the disk is full',
	};
	return new UserError(`cannot write ${path}: ${reasons[error.code ?? ''] ?? error.message}`);
}

/** `npm run review -- report`. */
export const reportCommand: ReviewCommand = {
	name: 'report',
	summary: 'write the plan or results report of a year as DOCX, XLSX or Markdown',
	usage,
	async run(args) {
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
			console.log(
				await writeReviewDocument({
					year,
					document: values.document,
					id,
					field,
					out,
					root: process.cwd(),
				})
			);
			return 0;
		}
		const document = parseDocument(values.document, format);
		const started = performance.now();
		const data = await loadReport(year);
		const file = reportFiles(year, true).find(
			(candidate) => candidate.format === format && candidate.document === document
		)!;
		const body = await renderReport(data, format, document);
		const path = outputPath(values.out, file.name);
		try {
			await writeFileAtomic(path, body);
		} catch (error) {
			throw writeError(path, error as NodeJS.ErrnoException);
		}
		const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
		const ms = Math.round(performance.now() - started);
		console.log(
			`wrote ${path} (${bytes.toLocaleString('en')} bytes in ${ms} ms)${data.sample ? ': contains sample data' : ''}`
		);
		return 0;
	},
};
