import { channelLabels } from '../../schemas/channel';
import { onlineLevelLabels, type Procedure } from '../../schemas/procedure';
import type { StatusState } from '../../schemas/status';
import { trackedFields, type TrackedField } from '../../schemas/change-set';
import { formatDate, formatDong } from '../format/vi';
import { formatQuantity } from '../procedure/documents';
import { feeLines } from '../procedure/fee-lines';
import { statusLabels } from '../procedure/status';
import { formatTimeLimit } from '../procedure/time-limit';

/** One item of a followed field: what identifies it (a channel, a paper) and how it reads. */
export type TrackedItem = readonly [key: string, text: string];

/**
 * The parts of a procedure the change log follows, written as citizens read them. Comparing
 * texts rather than structures means a change that does not show (a reordered key, a
 * re-quoted value) is no change, and the log keeps the words people saw.
 */
export interface TrackedProcedure {
	name: string;
	state: StatusState;
	values: Record<TrackedField, TrackedItem[]>;
}

/** The parts of a procedure the log reads; a whole {@link Procedure} fits. */
export type TrackedSource = Pick<
	Procedure,
	'name' | 'status' | 'agencies' | 'channels' | 'online' | 'documents' | 'steps' | 'legalBasis'
>;

/** Reads the followed fields of a procedure. */
export function trackProcedure(data: TrackedSource): TrackedProcedure {
	const channel = (kind: keyof typeof channelLabels) => channelLabels[kind];
	const values: Record<TrackedField, TrackedItem[]> = {
		name: [['', data.name]],
		status: [['', statusText(data.status)]],
		agency: [['', data.agencies.implementing]],
		channels: data.channels.map(({ kind }) => [channel(kind), channel(kind)] as const),
		online: [['', onlineLevelLabels[data.online.level]]],
		fees: data.channels.map((item) => [channel(item.kind), feeText(item)] as const),
		timeLimit: data.channels.map(
			(item) =>
				[
					channel(item.kind),
					formatTimeLimit(item.timeLimit) ?? (item.timeLimit.asWritten || 'Chưa có thông tin'),
				] as const
		),
		// A paper reads the same as its key: a change in the count shows as one paper out and one in.
		documents: data.documents.flatMap((group) =>
			group.items.map((item) => {
				const quantity = formatQuantity(item);
				const text = `${group.case ? `${group.case}: ` : ''}${item.name}${quantity ? ` (${quantity})` : ''}`;
				return [text, text] as const;
			})
		),
		steps: data.steps.map((step) => [step, step] as const),
		legalBasis: data.legalBasis.map(
			(ref) => [ref.number, ref.type ? `${ref.type} ${ref.number}` : ref.number] as const
		),
	};
	for (const field of trackedFields) values[field] = uniqueKeys(values[field]);
	return { name: data.name, state: data.status.state, values };
}

/** The charges of one channel in one line, e.g. “Phí: 800.000 đ; Lệ phí: 100.000 đ”. */
function feeText(channel: TrackedSource['channels'][number]): string {
	const lines = feeLines(channel).map((line) => {
		const rate = line.fee?.temporaryRate;
		const reduced = rate
			? ` (tạm thu ${formatAmount(rate.amount)}${rate.to ? ` đến ${formatDate(rate.to)}` : ''})`
			: '';
		return `${line.label ? `${line.label}: ` : ''}${line.text}${reduced}`;
	});
	return lines.length > 0 ? lines.join('; ') : 'Chưa có thông tin';
}

const formatAmount = (amount: number) => (amount === 0 ? 'miễn phí' : formatDong(amount));

/** The status in a few words, with where the procedure went when it moved. */
function statusText(status: TrackedSource['status']): string {
	const label = statusLabels[status.state];
	const successor = status.successor;
	if (!successor) return label;
	return `${label}: ${successor.agency}${successor.code ? ` (mã ${successor.code})` : ''}`;
}

/**
 * Numbers repeated keys (“Bản sao CCCD”, “Bản sao CCCD (2)”): two papers of the same name, or
 * two channels of one kind, stay two items instead of one hiding the other.
 */
function uniqueKeys(items: TrackedItem[]): TrackedItem[] {
	const seen = new Map<string, number>();
	return items.map(([key, text]) => {
		const count = (seen.get(key) ?? 0) + 1;
		seen.set(key, count);
		return count === 1 ? [key, text] : [`${key} (${count})`, text];
	});
}
