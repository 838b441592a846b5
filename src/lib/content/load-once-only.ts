import { UserError } from '../cli/run';
import { buildOnceOnlyReport, type OnceOnlyReport } from '../documents/once-only-report';
import type { ReviewContent } from '../review/content';
import { stateDataFile } from './check-state-data';
import { contentFile, type ContentDir } from './content-dir';
import { loadDossierSignals, loadReviewContent } from './load-review-content';

/**
 * The once-only report of a content folder with the dossiers received in `year` (or the
 * latest earlier year with data), for `npm run review -- documents` and /ra-soat/giay-to/.
 */
export async function loadOnceOnlyReport(
	at: ContentDir,
	year: number
): Promise<{ report: OnceOnlyReport; content: ReviewContent }> {
	const content = loadReviewContent(at);
	if (!content.stateData) {
		throw new UserError(
			`${contentFile(at, stateDataFile)}: không có tệp này; cần bảng giấy tờ Nhà nước đã có dữ liệu để tìm giấy tờ có thể bỏ`
		);
	}
	const report = buildOnceOnlyReport({
		procedures: content.procedures,
		table: content.stateData,
		hourlyIncome: content.config.hourlyIncome.value,
		// The plan of year Y + 1 reads the dossiers of Y, or the latest earlier year with data.
		dossiers: await loadDossierSignals(at, year + 1),
	});
	return { report, content };
}
