import type { ProcedureEntry } from '../procedure/entry';
import { foldVi } from '../text/fold';
import type { StateData, StateDatabase, StateHolding } from '../../schemas/state-data';
import { documentLines, type DocumentLine } from './document-lines';
import {
	lookupStatements,
	sentences,
	isLookupSentence,
	type LookupStatement,
} from './lookup-statements';

/** A document line that a national database could replace. */
export interface Candidate {
	line: DocumentLine;
	holding: StateHolding;
	database: StateDatabase;
	/**
	 * Where the source record itself already says the paper is not needed when the data can be
	 * looked up: in the line, in another line (a “Lưu ý”), or in the steps. Absent when it does not.
	 */
	sourceSays?: { where: 'line' | LookupStatement['where']; text: string };
}

/**
 * Lines a lookup cannot replace: papers of or from a foreign country (the national databases
 * hold Vietnamese records only), and originals handed in to be annotated or kept (“bản gốc”).
 */
const notReplaceable = /\b(nuoc ngoai|nuoc lang gieng|ban goc)\b/;

/**
 * Procedures for foreigners or people abroad: their papers are mostly foreign, so a line is a
 * candidate there only when the source itself says the lookup applies.
 */
const forForeigners = /\b(nguoi nuoc ngoai|co yeu to nuoc ngoai|o nuoc ngoai)\b/;

/** Whether a line is out of reach of a lookup, whatever its kind. */
export function isReplaceable(line: Pick<DocumentLine, 'name'>): boolean {
	return !notReplaceable.test(foldVi(line.name));
}

/** The holding row and database of a kind, when the table has one. */
export function holdingOf(
	table: StateData,
	kind: string
): { holding: StateHolding; database: StateDatabase } | undefined {
	const holding = table.holdings.find((row) => row.kind === kind);
	const database = holding && table.databases.find(({ id }) => id === holding.database);
	return holding && database ? { holding, database } : undefined;
}

/**
 * The document lines of a procedure whose kind a database in `table` holds, each with what the
 * source record already says about looking it up; lines no lookup can replace are left out (see
 * {@link isReplaceable} and {@link forForeigners}).
 */
export function onceOnlyCandidates(procedure: ProcedureEntry, table: StateData): Candidate[] {
	const statements = lookupStatements(procedure);
	const foreign = forForeigners.test(foldVi(procedure.data.name));
	return documentLines(procedure).flatMap((line) => {
		const held = holdingOf(table, line.kind);
		if (!held || !isReplaceable(line)) return [];
		const sourceSays = ownStatement(line) ?? otherStatement(line, statements);
		if (foreign && !sourceSays) return [];
		return [{ line, ...held, ...(sourceSays ? { sourceSays } : {}) }];
	});
}

/** The line’s own sentence saying the paper is looked up, if it has one. */
function ownStatement(line: DocumentLine): Candidate['sourceSays'] {
	const sentence = sentences(line.name).find(isLookupSentence);
	return sentence === undefined ? undefined : { where: 'line', text: sentence };
}

/** Another sentence of the record saying the line’s kind is looked up. */
function otherStatement(
	line: DocumentLine,
	statements: LookupStatement[]
): Candidate['sourceSays'] {
	const statement = statements.find(({ kinds }) => kinds.has(line.kind));
	return statement && { where: statement.where, text: statement.text };
}
