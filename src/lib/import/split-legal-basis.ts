import { legalNumberPattern } from '../../schemas/legal-ref';
import { isEmptyValue, normalizeSpaces, oneLine } from './clean-text';
import { findLegalNumbers, type LegalNumberMatch } from './find-legal-numbers';
import { legalIssuer, legalType } from './legal-issuers';
import { isoDateOf } from './dates';

/** A legal reference as the schema takes it. */
export interface LegalRefValue {
	number: string;
	type?: string;
	title?: string;
	date?: string;
	issuer?: string;
}

/** The references read, and pieces of text that could not be read with certainty. */
export interface SplitLegalBasis {
	refs: LegalRefValue[];
	uncertain: string[];
}

const header = 'Tên văn bản pháp lýMã văn bản';

/** A number cell may repeat the kind of document before the number: “Thông tư số 106/2017/TT-BTC”. */
const cellPrefix =
	/(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Quyết định|Pháp lệnh)(?:\s+số)?\s*$/i;

/** “ngày 12/6/2025” or “ngày 01 tháng 7 năm 2025” right after a number gives its date of issue. */
const dateAfter = [
	/^\s*,?\s*ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/,
	/^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/,
];

/**
 * Reads the flattened legal basis table (căn cứ pháp lý): rows of a title followed by the number
 * cell. Numbers cited inside titles (the documents a row amends) are kept too, each document once,
 * in the order it first appears, with the type and issuer its symbol names and the date the text
 * gives right after it.
 */
export function splitLegalBasis(source: string): SplitLegalBasis {
	// A space, not nothing: text glued before the header must not run into the first number.
	const text = normalizeSpaces(source).replace(header, ' ');
	if (isEmptyValue(text)) return { refs: [], uncertain: [] };
	const matches = findLegalNumbers(text);
	if (matches.length === 0) return { refs: [], uncertain: [oneLine(text)] };
	const { titles, rest } = rowTitles(text, matches);
	const uncertain: string[] = [];
	const refs = new Map<string, LegalRefValue>();
	matches.forEach((match, index) => {
		if (match.guessed) uncertain.push(match.number);
		if (!legalNumberPattern.test(match.number)) {
			uncertain.push(match.number);
			return;
		}
		const ref = refs.get(match.number) ?? { number: match.number };
		const title = titles.get(index);
		if (title && !ref.title) ref.title = title;
		ref.date ??= isoDateOf(firstMatch(dateAfter, text.slice(match.end)));
		refs.set(match.number, ref);
	});
	// Text after the last number cell is a row whose number could not be read.
	if (oneLine(rest)) uncertain.push(oneLine(rest));
	return { refs: [...refs.values()].map((ref) => describe(ref, text, matches)), uncertain };
}

/** Maps the index of each number that ends a row to that row’s title; `rest` follows the last row. */
function rowTitles(
	text: string,
	matches: LegalNumberMatch[]
): { titles: Map<number, string>; rest: string } {
	const titles = new Map<number, string>();
	let rowStart = 0;
	matches.forEach((match, index) => {
		if (!isCell(text, matches, index)) return;
		const title = oneLine(text.slice(rowStart, match.start).replace(cellPrefix, ''));
		if (title) titles.set(index, title);
		rowStart = match.end;
	});
	return { titles, rest: text.slice(rowStart) };
}

/**
 * Whether the number at `index` is a row’s number cell rather than a number cited in a title: it
 * ends the text, or the next title is glued to it (`…/NĐ-CPThông tư`) or starts after a space with
 * a capital. A number glued to another number is the title’s own mention (`Luật 20/2012/QH13` +
 * `20/2012/QH13`) unless the next one starts a row of its own.
 */
export function isCell(text: string, matches: LegalNumberMatch[], index: number): boolean {
	const match = matches[index] as LegalNumberMatch;
	const after = text.slice(match.end);
	if (after.trim() === '') return true;
	const next = matches[index + 1];
	if (next && next.start === match.end) {
		if (next.number === match.number) return false;
		const third = matches[index + 2];
		return third !== undefined && third.start === next.end && third.number === next.number;
	}
	return /^\p{L}/u.test(after) || /^\s+\p{Lu}/u.test(after);
}

/** Adds the type and issuer a reference’s symbol names. */
function describe(ref: LegalRefValue, text: string, matches: LegalNumberMatch[]): LegalRefValue {
	const symbol = ref.number.split('/')[2] ?? '';
	const first = matches.find((match) => match.number === ref.number) as LegalNumberMatch;
	const type = legalType(symbol, text.slice(Math.max(0, first.start - 30), first.start), ref.title);
	const issuer = legalIssuer(symbol);
	const described: LegalRefValue = { number: ref.number };
	if (type) described.type = type;
	if (ref.title) described.title = ref.title;
	if (ref.date) described.date = ref.date;
	if (issuer) described.issuer = issuer;
	return described;
}

/** The first of `patterns` that matches `text`. */
function firstMatch(patterns: RegExp[], text: string): RegExpExecArray | null {
	for (const pattern of patterns) {
		const match = pattern.exec(text);
		if (match) return match;
	}
	return null;
}
