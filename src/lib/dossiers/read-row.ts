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
	const cell = (position: number | undefined) =>
		position === undefined ? '' : (fields[position] ?? '').trim();
	const date = (column: string, position: number | undefined, required: boolean): Day | null => {
		const text = cell(position);
		if (text === '') {
			if (required) reasons.push(`${column} is empty`);
			return null;
		}
		const day = parseDay(text);
		if (day === null) {
			reasons.push(`${column} "${text}" is not a real date (expected yyyy-mm-dd or dd/mm/yyyy)`);
		}
		return day;
	};

	const code = cell(layout.index.code);
	const procedureId = code === '' ? null : procedures(code);
	if (code === '') reasons.push('code is empty');
	else if (procedureId === null) reasons.push(`unknown procedure code "${code}"`);

	const received = date('received_at', layout.index.received_at, true);
	const due = date('due_at', layout.index.due_at, true);
	const finished = date('finished_at', layout.index.finished_at, false);
	const apology = date('apology_at', layout.index.apology_at, false);
	if (received !== null) {
		if (due !== null && due < received) reasons.push(before('due_at', due, received));
		if (finished !== null && finished < received)
			reasons.push(before('finished_at', finished, received));
		if (apology !== null && apology < received)
			reasons.push(before('apology_at', apology, received));
	}

	const channelText = cell(layout.index.channel);
	const channel = parseChannel(channelText);
	if (channelText === '') reasons.push('channel is empty');
	else if (channel === null)
		reasons.push(`unknown channel "${channelText}" (expected ${channelHint})`);

	if (reasons.length > 0) return { reason: reasons.join('; ') };
	return {
		dossier: {
			procedureId: procedureId!,
			received: received!,
			due: due!,
			finished,
			channel: channel!,
			apology,
		},
	};
}

function before(column: string, day: Day, received: Day): string {
	return `${column} ${formatViDay(day)} is before received_at ${formatViDay(received)}`;
}
