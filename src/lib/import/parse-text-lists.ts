import { isEmptyValue, noInfo, oneLine, tidyLines } from './clean-text';
import { splitOutsideParens } from './parentheses';

/** A result as the schema takes it. */
export interface ResultValue {
	name: string;
	code?: string;
}

/** A leading list dash (“- Nộp hồ sơ…”): the list itself now carries it. */
const dash = /^[-–•]\s*/;

/** Steps (trình tự thực hiện): one paragraph per non-empty line, without leading list dashes. */
export function parseSteps(text: string): string[] {
	if (isEmptyValue(text)) return [];
	return tidyLines(text)
		.map((line) => line.replace(dash, ''))
		.filter((line) => line !== '');
}

/** Conditions (yêu cầu, điều kiện): none when the source says “Không có thông tin” or “Không”. */
export function parseConditions(text: string): string[] {
	const value = oneLine(text);
	if (isEmptyValue(value) || /^không( có)?\.?$/i.test(value) || value.startsWith(noInfo)) return [];
	return parseSteps(text);
}

/** Who may apply (đối tượng thực hiện), split on commas outside brackets. */
export function parseApplicants(text: string): string[] {
	if (isEmptyValue(text)) return [];
	return splitOutsideParens(oneLine(text), ',')
		.map((part) => part.trim())
		.filter((part) => part !== '' && part !== noInfo);
}

/** Page text that follows the results on the national portal (“Từ khóa…”, “Chọn cơ quan…”). */
const pageChrome = /Từ khóa|Chọn cơ quan thực hiện/;

/** A result code such as `KQ.G15.000094`; five or six digits end it before glued text. */
const resultCode = /Mã:\s*([A-Z]{2}\.[A-Z0-9]+\.(?:\d{6}|\d{5}))/g;

/**
 * Results (kết quả thực hiện): `NAMEMã: KQ.G15.000094` pairs, possibly several, followed by page
 * chrome that is dropped.
 */
export function parseResults(text: string): ResultValue[] {
	const chrome = pageChrome.exec(text);
	const body = chrome ? text.slice(0, chrome.index) : text;
	const results: ResultValue[] = [];
	let start = 0;
	for (const match of body.matchAll(resultCode)) {
		const name = oneLine(body.slice(start, match.index));
		if (name && name !== noInfo) results.push({ name, code: match[1] as string });
		start = match.index + match[0].length;
	}
	const rest = oneLine(body.slice(start));
	if (rest && rest !== noInfo) results.push({ name: rest });
	return results;
}
