import type { ProcedureEntry } from '../procedure/entry';
import { foldVi } from '../text/fold';
import type { StateData, StateDatabase, StateHolding } from '../../schemas/state-data';
import { foldLine } from './fold-line';
import { documentLines, type DocumentLine } from './document-lines';
import { nonPaperKinds, type DocumentKind } from './kinds';
import {
	lookupSentences,
	lookupStatements,
	mentionedKinds,
	type LookupStatement,
} from './lookup-statements';

/** A paper of a document line that a national database could replace. */
export interface Candidate {
	/**
	 * The kind of paper: the line’s kind, or another kind the line also names in its own sentence
	 * about a lookup (“Sơ yếu lý lịch và Phiếu lý lịch tư pháp … không yêu cầu nộp Phiếu lý lịch tư
	 * pháp khi … khai thác được …” is a criminal-record candidate too).
	 */
	kind: DocumentKind;
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
 * hold Vietnamese records only).
 */
const notReplaceable = /\b(nuoc ngoai|nuoc lang gieng)\b/;

/**
 * Originals handed in to be annotated or kept (“bản gốc”): a candidate only when the source
 * itself says the data replaces them (as the security-registration records do for land).
 */
const original = /\bban goc\b/;

/**
 * Procedures for foreigners or people abroad: their papers are mostly foreign, so a line is a
 * candidate there only when the source itself says the lookup applies.
 */
const forForeigners = /\b(nguoi nuoc ngoai|co yeu to nuoc ngoai|o nuoc ngoai)\b/;

/** Whether a line is out of reach of a lookup, whatever its kind. */
export function isReplaceable(line: Pick<DocumentLine, 'name'>): boolean {
	return !notReplaceable.test(foldLine(line.name));
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
 * A paper of a document line that a lookup might replace, before the table of national databases
 * is consulted: what {@link onceOnlyCandidates} filters by the table.
 */
interface PaperOfLine {
	kind: DocumentKind;
	line: DocumentLine;
	/** Only a candidate when the source itself says the lookup applies. */
	strict: boolean;
	sourceSays?: Candidate['sourceSays'];
}

/**
 * A paper a lookup might replace, without its line: what the review plan keeps of every procedure
 * (src/lib/content/procedure-summary.ts), so that it weighs the once-only ground without reading
 * the document list again.
 */
export interface PaperLookup {
	kind: DocumentKind;
	/** Only a candidate when the source says the lookup applies (see {@link onceOnlyCandidates}). */
	strict: boolean;
	/** Whether the source says so. */
	said: boolean;
}

/** Every paper of every line that a lookup might replace, in the order of the document list. */
function papersOfLines(procedure: ProcedureEntry): PaperOfLine[] {
	const statements = lookupStatements(procedure);
	const foreign = forForeigners.test(foldVi(procedure.data.name));
	return documentLines(procedure).flatMap((line) => {
		if (nonPaperKinds.has(line.kind) || !isReplaceable(line)) return [];
		const said = lookupSentences(line.name);
		const own = said[0] === undefined ? undefined : { where: 'line' as const, text: said[0] };
		// The first sentence names the line’s paper; a later sentence about a lookup may name more.
		const later = said.filter((sentence) => !line.name.trim().startsWith(sentence));
		const kinds = new Set([
			line.kind,
			...later.flatMap((sentence) => [...mentionedKinds(sentence)]),
		]);
		const strict = foreign || original.test(foldLine(line.name));
		return [...kinds].map((kind) => {
			const sourceSays = own ?? otherStatement(kind, statements);
			return { kind, line, strict, ...(sourceSays ? { sourceSays } : {}) };
		});
	});
}

/** Whether the table holds a paper, and the source allows its lookup. */
function isCandidate(
	table: StateData,
	paper: { kind: DocumentKind; strict: boolean; said: boolean }
) {
	const held = holdingOf(table, paper.kind);
	return held && (!paper.strict || paper.said) ? held : undefined;
}

/**
 * The document lines of a procedure whose kind a database in `table` holds, each with what the
 * source record already says about looking it up; lines no lookup can replace are left out (see
 * {@link isReplaceable} and {@link forForeigners}).
 */
export function onceOnlyCandidates(procedure: ProcedureEntry, table: StateData): Candidate[] {
	return papersOfLines(procedure).flatMap(({ kind, line, strict, sourceSays }) => {
		const held = isCandidate(table, { kind, strict, said: sourceSays !== undefined });
		return held ? [{ kind, line, ...held, ...(sourceSays ? { sourceSays } : {}) }] : [];
	});
}

/** The papers of a procedure a lookup might replace, whatever the table holds (see {@link PaperLookup}). */
export function paperLookups(procedure: ProcedureEntry): PaperLookup[] {
	return papersOfLines(procedure).map(({ kind, strict, sourceSays }) => ({
		kind,
		strict,
		said: sourceSays !== undefined,
	}));
}

/**
 * The kinds among `papers` that `table` lets a lookup replace, each once, in order, with the
 * database holding it: the same kinds, in the same order, as the candidates of the procedure.
 */
export function replaceableKinds(
	papers: readonly PaperLookup[],
	table: StateData
): { kind: DocumentKind; database: StateDatabase }[] {
	const kinds = new Map<DocumentKind, StateDatabase>();
	for (const paper of papers) {
		const held = kinds.has(paper.kind) ? undefined : isCandidate(table, paper);
		if (held) kinds.set(paper.kind, held.database);
	}
	return [...kinds].map(([kind, database]) => ({ kind, database }));
}

/**
 * Paper lines whose own text says the data is looked up although the table holds none of their
 * papers: rows to add to content/review/state-data.md once their legal basis is found.
 */
export function lookupsWithoutRow(
	procedure: ProcedureEntry,
	table: StateData
): { line: DocumentLine; text: string }[] {
	const place = (line: DocumentLine) => `${line.group}:${line.item}`;
	const covered = new Set(onceOnlyCandidates(procedure, table).map(({ line }) => place(line)));
	return documentLines(procedure).flatMap((line) => {
		if (nonPaperKinds.has(line.kind) || covered.has(place(line)) || holdingOf(table, line.kind))
			return [];
		const own = lookupSentences(line.name)[0];
		return own ? [{ line, text: own }] : [];
	});
}

/** Another sentence of the record saying a kind is looked up. */
function otherStatement(
	kind: DocumentKind,
	statements: LookupStatement[]
): Candidate['sourceSays'] {
	const statement = statements.find(({ kinds }) => kinds.has(kind));
	return statement && { where: statement.where, text: statement.text };
}
