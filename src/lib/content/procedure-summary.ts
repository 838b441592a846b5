import type { Procedure } from '../../schemas/procedure';
import type { TimeUnit } from '../../schemas/time-limit';
import { paperLookups, type PaperLookup } from '../documents/candidates';
import { isCommuneLevel } from '../procedure/level';
import { dossierBurden, issueYear, longestTimeLimit } from '../review/plan/procedure-facts';

/**
 * What the rules across files and the review plan read of every procedure, and nothing more. The
 * validated-content cache keeps it beside each procedure and gives it without the whole record,
 * which it reads only when asked: a plan of 10,000 procedures then reads a few megabytes instead
 * of a hundred (content-cache.ts).
 */
export interface ProcedureSummary {
	/** National code, `null` for a procedure the national database does not list. */
	code: string | null;
	name: string;
	field: string;
	/** `status.state`: only active procedures are reviewed. */
	state: Procedure['status']['state'];
	/** Listed only as another agency’s successor of a transferred procedure. */
	otherAgency: boolean;
	/** Carried out by the communes, not the province (see isCommuneLevel). */
	communeLevel: boolean;
	/** The legal basis in its order: each document’s number and the year it was issued, if known. */
	legalBasis: { number: string; year?: number }[];
	/** Papers listed, and sheets handed in. */
	burden: { papers: number; sheets: number };
	/** The longest time limit among the channels. */
	timeLimit?: { value: number; unit: TimeUnit; days: number };
	/** Papers a lookup in a national database might replace, whatever the table holds, each once. */
	paperLookups: PaperLookup[];
}

/** The summary of a procedure’s validated record. */
export function summarize(id: string, data: Procedure): ProcedureSummary {
	const timeLimit = longestTimeLimit(data);
	return {
		code: data.code,
		name: data.name,
		field: data.field,
		state: data.status.state,
		otherAgency: data.otherAgency !== undefined,
		communeLevel: isCommuneLevel(data),
		legalBasis: data.legalBasis.map((ref) => {
			const year = issueYear(ref);
			return year === undefined ? { number: ref.number } : { number: ref.number, year };
		}),
		burden: dossierBurden(data),
		...(timeLimit ? { timeLimit } : {}),
		paperLookups: distinct(paperLookups({ id, data })),
	};
}

/**
 * The papers without repeats: a paper asked for in several cases of the list counts once in the
 * plan, whose weighing reads the first of equal papers only (see replaceableKinds).
 */
function distinct(papers: readonly PaperLookup[]): PaperLookup[] {
	const seen = new Set<string>();
	return papers.filter(({ kind, strict, said }) => {
		const key = `${kind} ${strict} ${said}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** A procedure whose summary may already be known (from the cache), its record read on demand. */
export interface SummarizedEntry {
	id: string;
	readonly data: Procedure;
	summary?: ProcedureSummary;
}

const summaries = new WeakMap<Procedure, ProcedureSummary>();

/**
 * The summary of a procedure: the one it carries, else made from its record once (procedures
 * built by tests and pages carry none).
 */
export function summaryOf(entry: SummarizedEntry): ProcedureSummary {
	if (entry.summary) return entry.summary;
	let summary = summaries.get(entry.data);
	if (!summary) {
		summary = summarize(entry.id, entry.data);
		summaries.set(entry.data, summary);
	}
	return summary;
}
