import type { ProcedureEntry } from '../procedure/entry';
import { classifyLine } from './classify-line';
import type { DocumentKind } from './kinds';

/** One line of a procedure’s document list (`documents[].items[]`) with its canonical kind. */
export interface DocumentLine {
	/** Procedure id (file name). */
	procedure: string;
	/** Where the line is: `documents[group].items[item]`. */
	group: number;
	item: number;
	/** The case the line belongs to, as written (“Giấy tờ phải nộp”), if any. */
	case?: string;
	/** The line as the source writes it. */
	name: string;
	originals: number;
	copies: number;
	kind: DocumentKind;
	/** Row of the rule table that decided, when a row did. */
	rule?: number;
}

/** Lines already read, per procedure data: the plan, the once-only report and its checks each ask. */
const read = new WeakMap<ProcedureEntry['data'], { id: string; lines: readonly DocumentLine[] }>();

/** Every document line of a procedure, in file order, each mapped to its kind. */
export function documentLines(procedure: ProcedureEntry): readonly DocumentLine[] {
	const known = read.get(procedure.data);
	if (known?.id === procedure.id) return known.lines;
	const lines = readLines(procedure);
	read.set(procedure.data, { id: procedure.id, lines });
	return lines;
}

function readLines({ id, data }: ProcedureEntry): DocumentLine[] {
	return data.documents.flatMap((group, groupIndex) =>
		group.items.map((item, itemIndex) => {
			const { kind, rule } = classifyLine(item.name);
			return {
				procedure: id,
				group: groupIndex,
				item: itemIndex,
				...(group.case === undefined ? {} : { case: group.case }),
				name: item.name,
				originals: item.originals,
				copies: item.copies,
				kind,
				...(rule === undefined ? {} : { rule }),
			};
		})
	);
}
