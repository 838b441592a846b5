import type { ProcedureEntry } from '../procedure/entry';
import { foldLine } from './fold-line';
import type { DocumentKind } from './kinds';
import { kindRules } from './rules';
import { memoByText } from '../text/memo-by-text';

/**
 * A sentence of the source record saying that data is looked up in a database instead of asking
 * for a paper: “… thì không phải nộp …”, “khai thác … để thay thế Phiếu lý lịch tư pháp”.
 */
export interface LookupStatement {
	/** Where it was read: a line of the document list, or a step. */
	where: 'documents' | 'steps';
	/** The sentence as the source writes it. */
	text: string;
	/** Paper kinds the sentence names. */
	kinds: ReadonlySet<DocumentKind>;
}

/** A lookup verb near a database, in either order, within one sentence. */
const lookup =
	/\b(khai thac|tra cuu|thay the|da co trong|duoc tich hop|luu tru tai|ket noi)\b[^.]{0,220}\b(co so du lieu|csdl|vneid|so suc khoe dien tu)|\b(co so du lieu|csdl|vneid)\b[^.]{0,220}\b(khai thac|tra cuu|thay the|khong phai (nop|xuat trinh|tai len)|khong can (nop|co)|khong yeu cau)\b|\bdu lieu\b[^.]{0,220}\bkhong phai (nop|xuat trinh|tai len)\b/;

/** Splits text into sentences at “. ”; a “;” stays inside, as lists of papers use it. */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=\.)\s+(?=\S)/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence.length > 0);
}

/** Whether a sentence says data is looked up in a database. */
export function isLookupSentence(sentence: string): boolean {
	return lookup.test(foldLine(sentence));
}

/**
 * The sentences of a text that say data is looked up, in order. Remembered per text: the plan
 * reads each document line here twice (its own statements, and the procedure’s).
 *
 * The whole text is tried first, folded once (a document line is already folded for its kind):
 * {@link lookup} cannot cross a full stop, and sentences end only at one, so it matches the text
 * exactly when it matches one of its sentences. Most texts have none, and their sentences, the
 * long steps above all, are then never folded one by one.
 */
export const lookupSentences: (text: string) => readonly string[] = memoByText(
	(text) => (lookup.test(foldLine(text)) ? sentences(text).filter(isLookupSentence) : []),
	100_000
);

/** Every paper kind a text names anywhere (not only the first, as {@link classifyLine} does). */
export const mentionedKinds: (text: string) => ReadonlySet<DocumentKind> = memoByText((text) => {
	const folded = foldLine(text);
	return new Set(kindRules.filter((rule) => rule.pattern.test(folded)).map((rule) => rule.kind));
}, 100_000);

/** The lookup sentences of a procedure’s document lines and steps, in file order. */
export function lookupStatements({ data }: ProcedureEntry): LookupStatement[] {
	const texts: { where: LookupStatement['where']; text: string }[] = [
		...data.documents.flatMap((group) =>
			group.items.map((item) => ({ where: 'documents' as const, text: item.name }))
		),
		...data.steps.map((text) => ({ where: 'steps' as const, text })),
	];
	return texts.flatMap(({ where, text }) =>
		lookupSentences(text).map((sentence) => ({
			where,
			text: sentence,
			kinds: mentionedKinds(sentence),
		}))
	);
}
