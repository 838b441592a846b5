import type { Flag } from '../../schemas/flag';
import type { StatusState } from '../../schemas/status';
import { foldVi } from '../text/fold';
import { oneLine } from './clean-text';
import { formatDate } from '../format/vi';
import { toIsoDate } from './dates';
import type { NationalRecord, SourceRow } from './source-types';

/** A status as the schema takes it. */
export interface StatusValue {
	state: StatusState;
	since?: string;
	successor?: { agency: string; code?: string; name?: string; decision?: string };
	note?: string;
}

/** Records that name where legacy procedures went. */
export interface SuccessorSources {
	/** Procedures now published by another agency (the police’s criminal-record procedures). */
	transferred: NationalRecord[];
	/** Current national records of the Ministry of Justice sector, by code. */
	current: Map<string, NationalRecord>;
}

/** “Thay bằng "Cấp thẻ công chứng viên" (1.013859) từ 01/7/2025” */
const replacedBy =
	/Thay bằng\s*["“]?(.+?)["”]?\s*\((\d\.\d{6})\)(?:\s*từ\s*(?:ngày\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4}))?/i;
/** “Phiên bản 2025: 1.013816” */
const newVersion = /Phiên bản \d{4}\s*:\s*(\d\.\d{6})/i;

/**
 * The status of a procedure that is no longer in the national list, only as far as the sources
 * state it: transferred when another agency’s record takes it over, replaced when the note names
 * the replacing procedure, otherwise unlisted and flagged.
 */
export function legacyStatus(
	row: SourceRow,
	sources: SuccessorSources
): { status: StatusValue; flags: Flag[] } {
	const note = oneLine(row.note);
	const transfer = transferredTo(row, note, sources.transferred);
	if (transfer) return { status: transfer, flags: [] };
	const replaced = replacedBy.exec(note);
	const version = newVersion.exec(note);
	const code = replaced?.[2] ?? version?.[1];
	if (code) {
		const current = sources.current.get(code);
		const name = current ? oneLine(current.ten_thu_tuc) : replaced?.[1]?.trim();
		const since = replaced ? toIsoDate(replaced[3], replaced[4], replaced[5]) : undefined;
		const status: StatusValue = { state: 'replaced' };
		if (since) status.since = since;
		status.successor = { agency: 'Sở Tư pháp', code, ...(name ? { name } : {}) };
		status.note = `Đã được thay bằng thủ tục${name ? ` “${name}”` : ''} (mã ${code})${since ? ` từ ngày ${formatDate(since)}` : ''}.`;
		return { status, flags: [] };
	}
	return {
		status: { state: 'unlisted' },
		flags: [
			{
				code: 'status-unverified',
				path: 'status',
				message:
					'Thủ tục không còn trong danh mục CSDL quốc gia hiện hành; nguồn không cho biết đã bãi bỏ hay được thay thế — đang được xác minh.',
			},
		],
	};
}

/** The transfer a note or name points to: a code of the other agency’s records, else an equal name. */
function transferredTo(
	row: SourceRow,
	note: string,
	records: NationalRecord[]
): StatusValue | undefined {
	const codes: string[] = note.match(/\d\.\d{6}/g) ?? [];
	const record =
		records.find((candidate) => codes.includes(oneLine(candidate.ma_thu_tuc))) ??
		records.find((candidate) => foldVi(candidate.ten_thu_tuc) === foldVi(row.name));
	const agency = record && oneLine(record.co_quan_thuc_hien);
	if (!record || !agency) return undefined;
	const code = oneLine(record.ma_thu_tuc);
	const name = oneLine(record.ten_thu_tuc);
	const decision = oneLine(record.so_quyet_dinh);
	return {
		state: 'transferred',
		successor: { agency, code, name, ...(decision ? { decision } : {}) },
		note: `Nay do ${agency} thực hiện: thủ tục “${name}” (mã ${code}${decision ? `, công bố theo ${decision}` : ''}).`,
	};
}
