import { organisation as defaultOrganisation, type Organisation } from '../../config/organisation';
import type { ReportData } from './build-report';
import type { DocumentContent } from './content/blocks';
import { planContent } from './content/plan-content';
import { resultsContent } from './content/results-content';
import type { ReportFormat } from './files';
import type { ReportDocument } from './letterhead';
import { reportMarkdown } from './markdown';

/** The body of the plan or the results report of `data`. */
export function documentContent(
	data: ReportData,
	document: ReportDocument,
	organisation: Organisation = defaultOrganisation
): DocumentContent {
	return document === 'plan' ? planContent(data, organisation) : resultsContent(data, organisation);
}

/**
 * Renders a year’s report in one format: the one code path of `npm run review -- report` and of
 * the download routes. DOCX prints `document`; the workbook and the Markdown hold the plan and,
 * once there are reviews, the results. Markdown comes back as text, the others as bytes.
 */
export async function renderReport(
	data: ReportData,
	format: ReportFormat,
	document: ReportDocument = 'results',
	organisation: Organisation = defaultOrganisation
): Promise<Uint8Array<ArrayBuffer> | string> {
	// Each writer is loaded only for its format: exceljs alone takes 0.3 s to load, more than a
	// report takes to write.
	switch (format) {
		case 'docx': {
			const { documentBytes } = await import('./docx/document');
			return documentBytes(documentContent(data, document, organisation));
		}
		case 'xlsx': {
			const { workbookBytes } = await import('./xlsx/workbook');
			return workbookBytes(data);
		}
		case 'md':
			return reportMarkdown([
				planContent(data, organisation),
				...(data.results ? [resultsContent(data, organisation)] : []),
			]);
	}
}
