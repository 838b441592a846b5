import { foldLine } from './fold-line';
import type { DocumentKind } from './kinds';
import { kindRules } from './rules';
import { memoByText } from '../text/memo-by-text';

/** The kind of one document line and how it was decided. */
export interface LineKind {
	kind: DocumentKind;
	/** `rule`: a row of {@link kindRules} matched (its index is `rule`); else the step that decided. */
	by: 'rule' | 'note' | 'heading' | 'none';
	/** Index of the matching row in {@link kindRules}. */
	rule?: number;
	/** Where in the folded text the row matched. */
	at?: number;
}

/** List markers the source puts before a line: “-”, “+”, “*”, “a)”, “1.”, “+)”. */
const listMarker = /^(?:[-–+*•·]+\s*\)?\s*|\(?(?:\d{1,2}|[a-zđ])[.)/]\s*)+/;

/** Headings of the source tables: “Giấy tờ phải nộp:”, “Hồ sơ gồm:”. */
const heading =
	/^(\*\s*)?((cac )?giay to phai (nop|xuat trinh)|ho so (de nghi )?(gom|bao gom)|thanh phan ho so|giay to (nop|xuat trinh|gui kem)|doi voi giay to (nop|xuat trinh|gui kem))\b/;

/**
 * Openings of remarks the national database files among the papers: “Lưu ý”, duties of the
 * receiving officer, the applicant’s options. They are not papers, whatever they mention.
 */
const noteOpening =
	/^(\*\s*)?(luu y|ghi chu|chu y|cac truong hop|nguoi (tiep nhan|co tham quyen)|(cac )?co quan (dang ky|tiep nhan|giai quyet|co tham quyen|quan ly)|can bo|cong chuc|(khong|chua) (duoc )?(yeu cau|bat buoc)|viec\b|ca nhan co quyen|nguoi (yeu cau|co yeu cau|di dang ky)[^,.;:]{0,60}\b(co the|co quyen|co trach nhiem|duoc|khong (phai|can)|thuc hien viec)|(so luong|thanh phan) ho so\b|ho so (duoc )?(lap|nop) thanh|ket qua tra cuu|ban chup (cac )?giay to[^.;]{0,160}phai (bao dam|dam bao)|giay to do co quan[^.;]{0,40}nuoc ngoai (cap|lap)|(cac )?thong tin (can khai thac|ca nhan)\b)/;

/** Remarks that say how papers are handled rather than naming one. */
const noteAnywhere =
	/\b(khong duoc yeu cau|phai duoc hop phap hoa lanh su|co trach nhiem (tra cuu|kiem tra|doi chieu|khai thac|tiep nhan))\b/;

/** “Trường hợp …”, “Đối với …”, “Nếu …”: the paper, if any, is in what follows “thì”. */
const conditional = /^(trong )?(truong hop|doi voi|neu|khi)\b/;

/** What asks for a paper after “thì” or “phải”: “nộp”, “có”, “xuất trình”… */
const requestVerb =
	'(?:(?:nop|co(?! quan| trach nhiem| the\\b)|xuat trinh|gui kem theo|gui kem|kem theo|bo sung)(?: them)?\\b:?\\s*)?';

/** “… thì [phải] nộp X”: the paper asked for follows. */
const thenClause = new RegExp(` thi (?:phai |can )?${requestVerb}`);

/** “… phải nộp X” without “thì”. */
const mustClause = new RegExp(
	` phai (?=(?:nop|co|xuat trinh|gui kem|kem theo|bo sung)\\b)${requestVerb}`
);

/** Consequences that instruct rather than ask for a paper: “… thì không phải nộp”, “… thì cơ quan …”. */
const instruction =
	/^(khong|chua|co quan|nguoi (tiep nhan|co tham quyen|yeu cau|co yeu cau|di dang ky)|can bo|cong chuc|duoc|chi can|ho so|thuc hien|tu choi|huong dan|uy ban)/;

/** “… có quyền lựa chọn cung cấp một trong giấy tờ sau đây: X”: the papers follow the colon. */
const listFollows = /\b(cung cap|nop|xuat trinh|gui)\b[^.:]{0,80}\b(giay to|tai lieu)[^.:]{0,40}:/;

/**
 * Maps a document line to a canonical kind:
 * 1. a table heading (“Giấy tờ phải nộp:”) is `heading`; a remark (“Lưu ý: …”, “Người tiếp nhận
 *    có trách nhiệm …”) is `note`;
 * 2. in “Trường hợp … thì [nộp] X” (or “… thì phải nộp X” after words that name no paper) only X
 *    is read; when X instructs (“thì không phải nộp”) or names no paper, the line is a `note`;
 * 3. otherwise the leftmost match of the rule table wins, ties going to the earlier row;
 * 4. a line that names no paper and ends with “:” is a `heading`; anything else is `other`.
 *
 * Remembered per text: the national database repeats the same lines in many procedures (one
 * procedure per province, the same forms in every field), and the rule table is the plan’s
 * largest cost.
 */
export const classifyLine: (text: string) => Readonly<LineKind> = memoByText(classify, 100_000);

function classify(text: string): LineKind {
	const folded = foldLine(text).replace(listMarker, '').trim();
	if (heading.test(folded) && folded.length < 120) return headingKind();
	if (noteOpening.test(folded)) return endsList(folded) ? headingKind() : noteKind();
	const first = firstSentence(folded);
	const clause = thenClause.exec(first) ?? mustClause.exec(first);
	const isConditional = conditional.test(folded);
	if (isConditional || (clause && matchRules(folded.slice(0, clause.index)).kind === 'other')) {
		const consequence = clause
			? folded.slice(clause.index + clause[0].length)
			: afterColon(first.replace(conditional, ''));
		if (consequence === undefined) return endsList(folded) ? headingKind() : noteKind();
		const listed = listFollows.exec(consequence);
		const subject = listed ? consequence.slice(listed.index + listed[0].length) : consequence;
		if (!listed && instruction.test(subject)) return noteKind();
		if (conditional.test(subject)) return classify(subject);
		const matched = matchRules(subject);
		return matched.kind === 'other' || remarkBefore(subject, matched) ? noteKind() : matched;
	}
	const matched = matchRules(folded);
	if (remarkBefore(folded, matched)) return noteKind();
	if (matched.kind === 'other' && endsList(folded)) return headingKind();
	return matched;
}

/** Whether the line reads as a remark before (or without) naming a paper. */
function remarkBefore(folded: string, matched: LineKind): boolean {
	const remark = noteAnywhere.exec(folded);
	return remark !== null && (matched.at === undefined || remark.index < matched.at);
}

/** The leftmost row of the rule table that matches; ties go to the earlier row. */
export function matchRules(folded: string): LineKind {
	let best: { index: number; at: number } | undefined;
	kindRules.forEach((rule, index) => {
		const match = rule.pattern.exec(folded);
		if (match && (!best || match.index < best.at)) best = { index, at: match.index };
	});
	return best
		? { kind: kindRules[best.index]!.kind, by: 'rule', rule: best.index, at: best.at }
		: { kind: 'other', by: 'none' };
}

/** The first sentence: a later “thì” or colon belongs to a remark that follows the paper. */
function firstSentence(folded: string): string {
	const stop = folded.search(/[.;] /);
	return stop < 0 ? folded : folded.slice(0, stop);
}

/** What follows the first colon, when something does. */
function afterColon(folded: string): string | undefined {
	const colon = folded.indexOf(':');
	return colon >= 0 && colon < folded.length - 1 ? folded.slice(colon + 1).trim() : undefined;
}

/** A line that introduces a list ends with a colon. */
function endsList(folded: string): boolean {
	return folded.endsWith(':');
}

function noteKind(): LineKind {
	return { kind: 'note', by: 'note' };
}

function headingKind(): LineKind {
	return { kind: 'heading', by: 'heading' };
}
