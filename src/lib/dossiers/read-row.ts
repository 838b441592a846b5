import { dossierChannelLabels, parseChannel } from './channel';
import type { ColumnLayout } from './columns';
import { formatViDay, parseDay, type Day } from './days';
import type { Dossier } from './dossier';
import type { ProcedureIndex } from './procedure-index';

/** A row either becomes a dossier or is rejected with every reason found. */
export type RowResult = { dossier: Dossier } | { reason: string };

const channelHint = Object.values(dossierChannelLabels).join(', ');

/** Checks one data row against the header layout and the known procedures. */
export function readRow(
	fields: readonly string[],
	layout: ColumnLayout,
	procedures: ProcedureIndex
): RowResult {
	if (fields.length !== layout.width) {
		return { reason: `expected ${layout.width} columns, found ${fields.length}` };
	}
	const reasons: string[] = [];
	const { index } = layout;

	const code = cell(fields, index.code);
	const procedureId = code === '' ? null : procedures(code);
	if (code === '') reasons.push('code is empty');
	else if (procedureId === null) reasons.push(`unknown procedure code "${code}"`);

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
	if (channelText === '') reasons.push('channel is empty');
	else if (channel === null)
		reasons.push(`unknown channel "${channelText}" (expected ${channelHint})`);

	if (
		procedureId === null ||
		received === null ||
		due === null ||
		channel === null ||
		reasons.length > 0
	) {
		return { reason: reasons.join('; ') };
	}
	return { dossier: { procedureId, received, due, finished, channel, apology } };
}

/** The trimmed text of a column, or '' for a column the file does not have. */
function cell(fields: readonly string[], position: number | undefined): string {
	return position === undefined ? '' : (fields[position] ?? '').trim();
}

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
		if (required) reasons.push(`${column} is empty`);
		return null;
	}
	const day = parseDay(text);
	if (day === null) {
		reasons.push(`${column} "${text}" is not a real date (expected yyyy-mm-dd or dd/mm/yyyy)`);
	}
	return day;
}

function before(column: string, day: Day, received: Day): string {
	return `${column} ${formatViDay(day)} is before received_at ${formatViDay(received)}`;
}
