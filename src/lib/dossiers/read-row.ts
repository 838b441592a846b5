import { dossierChannelLabels, parseChannel } from './channel';
import type { ColumnLayout } from './columns';
import { formatViDay, parseDay, type Day } from './days';
import type { Dossier } from './dossier';
import type { ProcedureIndex } from './procedure-index';
import { memoByText } from '../text/memo-by-text';

/** A row either becomes a dossier or is rejected with every problem found, joined by ` | `. */
export type RowResult = { dossier: Dossier } | { error: string };

const channelHint = Object.values(dossierChannelLabels).join(', ');

/**
 * What a row says before its code is looked up: the same for every reading of a file, whatever
 * procedures are known then (see read-csv.ts, which keeps it per file).
 */
export type RowParts =
	| {
			code: string;
			received: Day | null;
			due: Day | null;
			finished: Day | null;
			apology: Day | null;
			channel: Dossier['channel'] | null;
			/** Problems with the other columns, in column order. */
			reasons: string[];
	  }
	| { error: string };

/** Checks one data row against the header layout and the known procedures. */
export function readRow(
	fields: readonly string[],
	layout: ColumnLayout,
	procedures: ProcedureIndex
): RowResult {
	return resolveRow(readRowParts(fields, layout), procedures);
}

/** Checks every column of a row but the procedure code’s meaning. */
export function readRowParts(fields: readonly string[], layout: ColumnLayout): RowParts {
	if (fields.length !== layout.width) {
		return { error: `cần ${layout.width} cột như dòng tiêu đề, đang có ${fields.length}` };
	}
	const reasons: string[] = [];
	const { index } = layout;
	const code = cell(fields, index.code);

	const received = readDate(fields, index.received_at, 'received_at', true, reasons);
	const due = readDate(fields, index.due_at, 'due_at', true, reasons);
	const finished = readDate(fields, index.finished_at, 'finished_at', false, reasons);
	const apology = readDate(fields, index.apology_at, 'apology_at', false, reasons);
	if (received !== null) {
		if (due !== null && due < received) reasons.push(before('due_at', due, received));
		if (finished !== null && finished < received)
			reasons.push(before('finished_at', finished, received));
		if (apology !== null && apology < received)
			reasons.push(before('apology_at', apology, received));
	}

	const channelText = cell(fields, index.channel);
	const channel = parseChannel(channelText);
	if (channelText === '') reasons.push(`channel: cần một trong ${channelHint}, đang trống`);
	else if (channel === null)
		reasons.push(`channel: cần một trong ${channelHint}; đang là "${channelText}"`);
	return { code, received, due, finished, apology, channel, reasons };
}

/** Looks up the row’s procedure: a dossier, or every problem of the row, the code’s first. */
export function resolveRow(parts: RowParts, procedures: ProcedureIndex): RowResult {
	if ('error' in parts) return parts;
	const { code, received, due, finished, apology, channel } = parts;
	const procedureId = code === '' ? null : procedures(code);
	const reasons =
		code === ''
			? ['code: cần mã thủ tục, đang trống', ...parts.reasons]
			: procedureId === null
				? [`code: cần mã một thủ tục có trong danh mục; đang là "${code}"`, ...parts.reasons]
				: parts.reasons;
	if (
		procedureId === null ||
		received === null ||
		due === null ||
		channel === null ||
		reasons.length > 0
	) {
		return { error: reasons.join(' | ') };
	}
	return { dossier: { procedureId, received, due, finished, channel, apology } };
}

/** The trimmed text of a column, or '' for a column the file does not have. */
function cell(fields: readonly string[], position: number | undefined): string {
	return position === undefined ? '' : (fields[position] ?? '').trim();
}

/**
 * {@link parseDay} remembered per text: an export of a million rows holds a few thousand distinct
 * dates at most, and reading each anew was a tenth of the import.
 */
const parseCellDay = memoByText(parseDay, 20_000);

/** Reads a date column, adding the reason to `reasons` when it is missing (if required) or wrong. */
function readDate(
	fields: readonly string[],
	position: number | undefined,
	column: string,
	required: boolean,
	reasons: string[]
): Day | null {
	const text = cell(fields, position);
	if (text === '') {
		if (required) reasons.push(`${column}: cần một ngày, đang trống`);
		return null;
	}
	const day = parseCellDay(text);
	if (day === null) {
		reasons.push(
			`${column}: cần một ngày có thật dạng yyyy-mm-dd hoặc dd/mm/yyyy; đang là "${text}"`
		);
	}
	return day;
}

function before(column: string, day: Day, received: Day): string {
	return `${column}: cần từ ngày nhận hồ sơ ${formatViDay(received)} trở đi; đang là ${formatViDay(day)}`;
}
