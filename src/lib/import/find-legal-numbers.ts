import { knownIssuerPrefix } from './legal-issuers';

/** A legal document number found in text, with where it sits. */
export interface LegalNumberMatch {
	/** Number, year and symbol, e.g. `24/2008/QH12`. */
	number: string;
	start: number;
	end: number;
	/** Set when the end of the symbol had to be guessed because the next word was glued to it. */
	guessed?: boolean;
}

/** Number and year (`191/2025/`), allowing the stray spaces of “11/2020/TT- BTP”. */
const head = /(\d+(?:\.\d+)?)\s?\/\s?(\d{4})\s?\/\s?(?=[A-ZĐ])/g;

/**
 * Finds legal document numbers (số ký hiệu) in flattened text. Cells are glued without separators,
 * so a number can run into the next title (`…/NĐ-CPThông tư`), the next number
 * (`…/QH1519/2024/TT-BTP`) or follow a year (`năm 201213/2012/QH13`); each case is cut back here.
 */
export function findLegalNumbers(text: string): LegalNumberMatch[] {
	const found: LegalNumberMatch[] = [];
	head.lastIndex = 0;
	for (let match = head.exec(text); match; match = head.exec(text)) {
		const symbol = readSymbol(text, head.lastIndex);
		if (!symbol) continue;
		const [, rawNumber = '', year = ''] = match;
		const { number, skipped } = trimGluedYear(rawNumber);
		const entry: LegalNumberMatch = {
			number: `${number}/${year}/${symbol.text}`,
			start: match.index + skipped,
			end: symbol.end,
		};
		if (symbol.guessed) entry.guessed = true;
		found.push(entry);
		head.lastIndex = symbol.end;
	}
	return found;
}

/** Drops a year glued in front of the number: “năm 2012” + “13/2012/QH13” reads `201213`. */
function trimGluedYear(number: string): { number: string; skipped: number } {
	const [integer = ''] = number.split('.');
	if (integer.length >= 5 && /^(19|20)\d\d/.test(integer)) {
		return { number: number.slice(4), skipped: 4 };
	}
	return { number, skipped: 0 };
}

/** Reads the symbol after `…/yyyy/`: segments joined by hyphens, cut where the next word begins. */
function readSymbol(
	text: string,
	start: number
): { text: string; end: number; guessed: boolean } | undefined {
	const segments: string[] = [];
	let position = start;
	let guessed = false;
	for (;;) {
		const run = /^[A-ZĐ]+/.exec(text.slice(position))?.[0];
		if (!run) break;
		const segment = readSegment(run, text.slice(position + run.length), segments.length === 0);
		segments.push(segment.text);
		position += segment.text.length;
		guessed ||= segment.guessed;
		const hyphen = segment.final ? 0 : continuation(text.slice(position));
		if (hyphen === 0) break;
		position += hyphen;
	}
	return segments.length > 0 ? { text: segments.join('-'), end: position, guessed } : undefined;
}

/** One segment of a symbol: `final` when nothing of the symbol can follow it. */
function readSegment(
	run: string,
	after: string,
	first: boolean
): { text: string; guessed: boolean; final: boolean } {
	if (run.endsWith('QH')) {
		// Legislatures run from QH1 to QH15; digits after that start the next number (`QH1519/2024…`).
		const assembly = /^(1[0-5]|\d)/.exec(after)?.[0];
		if (assembly !== undefined) return { text: run + assembly, guessed: false, final: true };
	}
	if (run === 'TT' && !first && after.startsWith('g'))
		return { text: 'TTg', guessed: false, final: true };
	if (continuation(after) > 0) return { text: run, guessed: false, final: false };
	const cut = lastSegment(run, after);
	return { ...cut, final: cut.text !== run };
}

/**
 * Length of the hyphen that continues a symbol (`-BTP`, `- BTP`), or 0 when the hyphen leads to an
 * ordinary capitalised word instead (“NĐ-CP-Quy định…”).
 */
function continuation(rest: string): number {
	const match = /^-\s?([A-ZĐ]+)(\p{Ll})?/u.exec(rest);
	if (!match) return 0;
	const [whole, run = '', lower] = match;
	if (lower !== undefined && run.length === 1) return 0;
	return whole.length - run.length - (lower?.length ?? 0);
}

/**
 * Where an upper-case run ends when a word may be glued to it: at a known issuer (`CPThông` →
 * `CP`), else one letter before a lower-case letter (`XYThông` → `XY`, marked as guessed).
 */
function lastSegment(run: string, after: string): { text: string; guessed: boolean } {
	if (!/^\p{L}/u.test(after)) return { text: run, guessed: false };
	const known = knownIssuerPrefix(run);
	if (known) return { text: known, guessed: false };
	if (/^\p{Ll}/u.test(after) && run.length > 1) return { text: run.slice(0, -1), guessed: true };
	return { text: run, guessed: true };
}
