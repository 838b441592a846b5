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

/** Plain names of the source files, for citizens who open “Nguồn dữ liệu”. */
const datasetLabels: Record<string, string> = {
	'csdl-bo-tu-phap.jsonl': 'bản sao CSDL quốc gia về thủ tục hành chính, lĩnh vực tư pháp',
	'csdl-lltp-cong-an.jsonl':
		'bản sao CSDL quốc gia về thủ tục hành chính, thủ tục lý lịch tư pháp của ngành công an',
	'procedures-sources.csv': 'bảng tổng hợp thủ tục cấp tỉnh của Sở Tư pháp',
};

/**
 * Where in the source the record is, in plain words, e.g. “bảng tổng hợp thủ tục cấp tỉnh của Sở
 * Tư pháp, dòng 158” rather than “procedures-sources.csv, row 158”.
 */
export function recordPlace(provenance: Pick<Provenance, 'dataset' | 'record'>): string {
	const dataset = datasetLabels[provenance.dataset] ?? `tệp ${provenance.dataset}`;
	const row = /^row (\d+)$/i.exec(provenance.record.trim());
	const record = row ? `dòng ${row[1]}` : `bản ghi ${provenance.record}`;
	return `${dataset}, ${record}`;
}

/** The label of the importer’s note on a legacy row: “**Ghi chú của nguồn** (file, row N):”. */
const sourceNoteLabel = /^\*\*Ghi chú của nguồn\*\*\s*(?:\([^)]*\))?\s*:?\s*/u;

/**
 * Splits a procedure’s Markdown body into what citizens read and the source’s note, which the
 * page moves into “Nguồn dữ liệu”. Only a body that is the note alone is split: a body written
 * for citizens stays whole.
 */
export function splitSourceNote(body: string): { text: string; sourceNote: string | null } {
	const lines = body.trim().split('\n');
	const quoted = lines.every((line) => line.startsWith('>') || line.trim() === '');
	const text = lines.map((line) => line.replace(/^>\s?/, '')).join('\n');
	if (!quoted || !sourceNoteLabel.test(text)) return { text: body, sourceNote: null };
	const note = text.replace(sourceNoteLabel, '').trim();
	return { text: '', sourceNote: note };
}
