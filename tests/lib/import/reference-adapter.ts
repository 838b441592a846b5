import type { ProcedureInput } from '../../../src/schemas/procedure';
import { channelLabels } from '../../../src/schemas/channel';

/** A record of `details-reference.jsonl`, the fields the comparison reads. */
export interface ReferenceRecord {
	code: string;
	channels: { channel: string; time: string; fee: string; fee_note: string; desc: string }[];
	documents: { document: string; form: string; quantity: string }[];
	legal_basis: string[];
}

type Procedure = ProcedureInput;

/** Channels written the reference’s way: the placeholder `1` reads as an empty time. */
export function referenceChannels(procedure: Procedure): ReferenceRecord['channels'] {
	return (procedure.channels ?? []).map((channel) => {
		const fee = channel.fees?.[0];
		return {
			channel: channelLabels[channel.kind],
			time: channel.timeLimit.asWritten === '1' ? '' : (channel.timeLimit.asWritten ?? ''),
			fee: fee?.asWritten ?? '',
			fee_note: fee?.conditions ?? fee?.exemptions ?? '',
			desc: channel.description ?? '',
		};
	});
}

/**
 * Documents written the reference’s way: a group’s case label opens its first document’s name. The
 * reference drops only the table’s leading `--`; later groups without a label keep it.
 */
export function referenceDocuments(procedure: Procedure): ReferenceRecord['documents'] {
	return (procedure.documents ?? []).flatMap((group, groupIndex) => {
		const label = group.case ?? (groupIndex > 0 ? '--' : undefined);
		return group.items.map((item, index) => ({
			document: index === 0 && label ? `${label} ${item.name}` : item.name,
			form: item.form ?? '',
			quantity: item.copies
				? `${item.originals ?? 0} bản chính,${item.copies} bản sao`
				: `${item.originals ?? 0} bản chính`,
		}));
	});
}

/** Legal basis written the reference’s way: `Type number`. */
export function referenceLegalBasis(procedure: Procedure): string[] {
	return (procedure.legalBasis ?? []).map((ref) => `${ref.type ?? ''} ${ref.number}`.trim());
}

/**
 * Whether `got` matches `expected`: both in NFC (the source mixes composed and decomposed letters),
 * white space collapsed; an expected `…` ending compares by prefix.
 */
export function sameText(expected: string, got: string): boolean {
	const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
	const want = tidy(expected);
	const have = tidy(got);
	return want.endsWith('…') ? have.startsWith(want.slice(0, -1)) : have === want;
}
