import type { CliIo } from '../../src/lib/cli/io';
import { resolveUserPath } from '../../src/lib/cli/io';
import { cannotWrite } from '../../src/lib/cli/fs-errors';
import { prepareOutputs } from '../../src/lib/cli/output-path';
import { UserError } from '../../src/lib/cli/run';
import { writeFileAtomic } from '../../src/lib/files/atomic-file';
import { formatNumber } from '../../src/lib/format/vi';
import {
	decisionFileName,
	formFileName,
	renderDecision,
	renderForm,
} from '../../src/lib/report/review-documents';
import { outputPath } from './report';
import { contentDir } from '../../src/lib/content/content-dir';

/** What `report --format docx --document form|decision` was asked for. */
export interface ReviewDocumentRequest {
	year: number;
	document: 'form' | 'decision';
	id?: string;
	field?: string;
	out?: string;
}

/**
 * Writes the filled Biểu mẫu 02/RS-KSTT of one review (`form`, needs `--id`) or the draft
 * Quyết định thông qua phương án đơn giản hóa (`decision`: the year’s, or one procedure’s with
 * `--id`, or one field’s with `--field`), atomically; returns the line to print.
 */
export async function writeReviewDocument(
	request: ReviewDocumentRequest,
	io: CliIo
): Promise<string> {
	const { year, document, id, field } = request;
	if (document === 'form' && !id) {
		throw new UserError('--document form cần --id <mã thủ tục>, ví dụ --id 2.000635');
	}
	if (document === 'form' && field) throw new UserError('--field chỉ dùng với --document decision');
	const name = document === 'form' ? formFileName(year, id!) : decisionFileName(year, id);
	const out = request.out === undefined ? undefined : resolveUserPath(io, request.out);
	const path = resolveUserPath(io, outputPath(out, name, 'docx'));
	await prepareOutputs(io, [{ option: '--out', path }]);
	const started = performance.now();
	const bytes =
		document === 'form'
			? await renderForm(year, id!, contentDir(io.root, io.env))
			: await renderDecision(
					year,
					{ ...(id && { id }), ...(field && { field }) },
					contentDir(io.root, io.env)
				);
	try {
		await writeFileAtomic(path, bytes);
	} catch (error) {
		throw cannotWrite(path, error);
	}
	const ms = Math.round(performance.now() - started);
	return `đã ghi ${path} (${formatNumber(bytes.byteLength)} byte, ${formatNumber(ms)} ms)`;
}
