import type { Provenance } from '../../schemas/provenance';
import { formatDate } from '../format/vi';

/** Vietnamese names of the kinds of source. */
export const sourceLabels: Record<Provenance['source'], string> = {
	'national-db': 'CSDL quốc gia về thủ tục hành chính',
	'provincial-portal': 'Cổng dịch vụ công cấp tỉnh',
	other: 'Nguồn khác',
};

/**
 * The source line under a procedure, e.g. “Nguồn: CSDL quốc gia về thủ tục hành chính, quyết định
 * công bố 1262/QĐ-BTP, bản lưu 2025-2026, cập nhật 12/05/2026.”
 */
export function sourceLine(provenance: Provenance, updated?: string): string {
	const parts = [
		sourceLabels[provenance.source],
		provenance.decision ? `quyết định công bố ${provenance.decision}` : '',
		`bản lưu ${provenance.snapshot}`,
		updated ? `cập nhật ${formatDate(updated)}` : '',
	].filter(Boolean);
	return `Nguồn: ${parts.join(', ')}.`;
}
