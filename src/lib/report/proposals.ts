import type { ChangeLine } from './results-section';

/** One proposal: a change of law that one option needs. */
export interface Proposal {
	procedureId: string;
	procedureName: string;
	/** Nội dung: what changes. */
	what: string;
	/** Document to amend, and the article or clause when known. */
	document: string;
	provision?: string;
	/** By when, as planned. */
	due?: string;
}

/** Proposals to one competent authority (kiến nghị thực thi). */
export interface ProposalGroup {
	/** Who decides, e.g. “Bộ Tư pháp”, “UBND tỉnh”. */
	decidedBy: string;
	proposals: Proposal[];
}

/**
 * Groups the changes the options propose by the authority that decides them, in the order they
 * first appear (records are in id order), so each authority receives one list.
 */
export function proposalGroups(
	records: readonly { id: string; name: string; changes: ChangeLine[] }[]
): ProposalGroup[] {
	const groups = new Map<string, Proposal[]>();
	for (const record of records) {
		for (const change of record.changes) {
			const list = groups.get(change.decidedBy) ?? [];
			list.push({
				procedureId: record.id,
				procedureName: record.name,
				what: change.what,
				document: change.document,
				...(change.provision && { provision: change.provision }),
				...(change.due && { due: change.due }),
			});
			groups.set(change.decidedBy, list);
		}
	}
	return [...groups].map(([decidedBy, proposals]) => ({ decidedBy, proposals }));
}
