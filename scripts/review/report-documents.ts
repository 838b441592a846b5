import { UserError } from '../../src/lib/cli/run';
import { writeFileAtomic } from '../../src/lib/files/atomic-file';
import {
	decisionFileName,
	formFileName,
	renderDecision,
	renderForm,
} from '../../src/lib/report/review-documents';
import { outputPath, writeError } from './report';

/** What `report --format docx --document form|decision` was asked for. */
export interface ReviewDocumentRequest {
	year: number;
	document: 'form' | 'decision';
	id?: string;
	field?: string;
	out?: string;
	root: string;
}

/**
 * Writes the filled Biểu mẫu 02/RS-KSTT of one review (`form`, needs `--id`) or the draft
 * Quyết định thông qua phương án đơn giản hóa (`decision`: the year’s, or one procedure’s with
 * `--id`, or one field’s with `--field`), atomically; returns the line to print.
 */
export async function writeReviewDocument(request: ReviewDocumentRequest): Promise<string> {
	const { year, document, id, field, root } = request;
	if (document === 'form' && !id) {
		throw new UserError('--document form cần --id <mã thủ tục>, ví dụ --id 2.000635');
	}
	if (document === 'form' && field) throw new UserError('--field chỉ dùng với --document decision');
	const started = performance.now();
	const bytes =
		document === 'form'
			? await renderForm(year, id!, root)
			: await renderDecision(year, { ...(id && { id }), ...(field && { field }) }, root);
	const name = document === 'form' ? formFileName(year, id!) : decisionFileName(year, id);
	const path = outputPath(request.out, name);
	try {
		await writeFileAtomic(path, bytes);
	} catch (error) {
		throw writeError(path, error as NodeJS.ErrnoException);
	}
	const ms = Math.round(performance.now() - started);
	return `đã ghi ${path} (${bytes.byteLength.toLocaleString('vi-VN')} byte, ${ms} ms)`;
}
