import type { Procedure } from '../../../schemas/procedure';
import { legalityQuestions, reasonablenessComponents } from '../../../schemas/review-form';
import type { ReviewRecord } from '../../../schemas/review-record';
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
}

/** A new draft and what could not be filled in. */
export interface Draft {
	/** The front matter, in the order a reader expects the sections. */
	data: Record<string, unknown>;
	/** Fees the procedure names without an amount. */
	missingFees: string[];
	/** Rows written: papers, steps, conditions. */
	rows: { documents: number; steps: number; conditions: number };
}

const rows = (items: string[]) => items.map((item) => ({ item }));

/**
 * Starts the review of a procedure for a year (domain.md §2.2 step 2): section I copied from the
 * procedure, one row to answer per paper (REA.4), step (REA.2) and condition (REA.10), every
 * question open, the cost inputs the data already give, and the objectives, activities and
 * contacts of the previous review. Status `draft`, with its first history entry.
 */
export function draftRecord(input: DraftInput): Draft {
	const { procedure, previous } = input;
	const documents = procedure.documents.flatMap((group) => group.items.map((item) => item.name));
	const { cost, missingFees } = draftCost(procedure, input.year, input.volume, previous);
	const answers = Object.fromEntries(
		reasonablenessComponents.map((key) => {
			if (key === 'documents') return [key, { items: rows(documents) }];
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
		},
	};
}
