import type { Procedure } from '../../../schemas/procedure';
import { legalityQuestions, reasonablenessComponents } from '../../../schemas/review-form';
import type { ReviewRecord } from '../../../schemas/review-record';
import type { OnceOnlyProposal } from '../../documents/proposals';
import { draftCost, type PriorVolume } from './draft-cost';

/** Everything a new review is started from. */
export interface DraftInput {
	/** Procedure id (file name). */
	id: string;
	procedure: Procedure;
	year: number;
	/** Day the draft is started, yyyy-mm-dd. */
	today: string;
	/** Đơn vị chủ trì (GEN.4). */
	unit: string;
	volume: PriorVolume;
	/** The procedure’s latest review of an earlier year, if any. */
	previous?: ReviewRecord;
	/**
	 * Papers a national database already holds (the once-only finder): their REA.4 rows get the
	 * reason and the proposal “Thay thế bằng khai thác …” written in, left unanswered for the officer.
	 */
	onceOnly?: readonly OnceOnlyProposal[];
}

/** A new draft and what could not be filled in. */
export interface Draft {
	/** The front matter, in the order a reader expects the sections. */
	data: Record<string, unknown>;
	/** Fees the procedure names without an amount. */
	missingFees: string[];
	/** Rows written: papers, steps, conditions, and papers with a once-only proposal written in. */
	rows: { documents: number; steps: number; conditions: number; onceOnly: number };
}

const rows = (items: string[]) => items.map((item) => ({ item }));

/** One REA.4 row per paper, with the once-only reason and proposal where the paper has one. */
function documentRows(documents: string[], proposals: readonly OnceOnlyProposal[]) {
	return documents.map((item) => {
		const found = proposals.find((proposal) => proposal.document === item);
		return found ? { item, reason: found.reason, proposal: found.proposal } : { item };
	});
}

/**
 * Starts the review of a procedure for a year (domain.md §2.2 step 2): section I copied from the
 * procedure, one row to answer per paper (REA.4), step (REA.2) and condition (REA.10), every
 * question open, the cost inputs the data already give, and the objectives, activities and
 * contacts of the previous review. Status `draft`, with its first history entry.
 */
export function draftRecord(input: DraftInput): Draft {
	const { procedure, previous, onceOnly = [] } = input;
	const documents = procedure.documents.flatMap((group) => group.items.map((item) => item.name));
	const { cost, missingFees } = draftCost(procedure, input.year, input.volume, previous);
	const answers = Object.fromEntries(
		reasonablenessComponents.map((key) => {
			if (key === 'documents') return [key, { items: documentRows(documents, onceOnly) }];
			if (key === 'steps') return [key, { items: rows(procedure.steps) }];
			if (key === 'conditions') return [key, { items: rows(procedure.conditions) }];
			return [key, {}];
		})
	);
	const contact =
		previous && previous.reviewer.unit === input.unit ? previous.reviewer : { unit: input.unit };
	return {
		data: {
			procedure: input.id,
			year: input.year,
			sample: false,
			status: 'draft',
			history: [{ status: 'draft', date: input.today, unit: input.unit }],
			general: {
				name: procedure.name,
				...(procedure.code && { code: procedure.code }),
				field: procedure.field,
				documents: procedure.legalBasis.map((ref) => ref.number),
			},
			reviewer: contact,
			necessity: previous ? previous.necessity : { objectives: [], alternative: { exists: false } },
			reasonableness: answers,
			legality: Object.fromEntries(legalityQuestions.map((key) => [key, {}])),
			cost,
			option: { action: 'keep', changes: [] },
		},
		missingFees,
		rows: {
			documents: documents.length,
			steps: procedure.steps.length,
			conditions: procedure.conditions.length,
			onceOnly: documents.filter((item) => onceOnly.some((p) => p.document === item)).length,
		},
	};
}
