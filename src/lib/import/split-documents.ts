import { isEmptyValue, normalizeSpaces, oneLine } from './clean-text';

/** One paper of the dossier, read from the flattened table. */
export interface DocumentRow {
	name: string;
	form?: string;
	originals: number;
	copies: number;
}

/** Papers of one case (“* Giấy tờ phải nộp:”), or of the whole dossier when `case` is absent. */
export interface DocumentRowGroup {
	case?: string;
	items: DocumentRow[];
}

/** The groups read, and pieces of text that could not be placed with certainty. */
export interface SplitDocuments {
	groups: DocumentRowGroup[];
	uncertain: string[];
}

const header = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

/** The quantity cell that ends each row: “1 bản chính” or “0 bản chính,1 bản sao”. */
const quantity = /(\d+) bản chính(?:,\s*(\d+) bản sao)?/g;

/**
 * A form cell right before the quantity: a file name, optionally after “Mẫu ” or “Mẫu số ”, e.g.
 * “Mẫu TP-LS-02-sđ.docx”. In “…tài sảnMau TP DGTS 03.doc” only “03.doc” is a file name.
 */
const formCell = /(?:Mẫu\s+(?:số\s+)?)?\S+\.(?:docx?|pdf|xlsx?)$/i;

/**
 * Splits the flattened documents table (thành phần hồ sơ) into groups of papers. Each group starts
 * with its case label and the header `Tên giấy tờMẫu đơn, tờ khaiSố lượng`; each row ends with its
 * quantity cell; the text after a group’s last quantity is the next group’s label.
 */
export function splitDocuments(source: string): SplitDocuments {
	const text = normalizeSpaces(source);
	if (isEmptyValue(text) || /^-+$/.test(text.trim())) return { groups: [], uncertain: [] };
	if (!text.includes(header)) return { groups: [], uncertain: [oneLine(text)] };
	const [firstLabel = '', ...segments] = text.split(header);
	const groups: DocumentRowGroup[] = [];
	const uncertain: string[] = [];
	let label = firstLabel;
	segments.forEach((segment, index) => {
		const { items, rest, doubts } = readRows(segment);
		groups.push(withCase(label, items));
		uncertain.push(...doubts);
		if (index < segments.length - 1) label = rest;
		else if (oneLine(rest) !== '') uncertain.push(oneLine(rest));
	});
	return { groups, uncertain };
}

/** Reads the rows of one group, returning the text after its last quantity cell. */
function readRows(segment: string): { items: DocumentRow[]; rest: string; doubts: string[] } {
	const items: DocumentRow[] = [];
	const doubts: string[] = [];
	let start = 0;
	for (const match of segment.matchAll(quantity)) {
		const digits = match[1] as string;
		// “01 bản chính” with a leading zero is text inside a name (“nộp 01 bản chính…”), not a cell.
		if (digits.length === 2 && digits.startsWith('0')) continue;
		// The count cell holds one digit; longer runs are the end of the name glued to it
		// (“…ngày 25/6/2024” + “1 bản chính”), so the extra digits go back to the name.
		const nameEnd = match.index + digits.length - 1;
		const row = readRow(segment.slice(start, nameEnd), digits.slice(-1), match[2]);
		if (digits.length > 1) doubts.push(`${oneLine(segment.slice(start, nameEnd))} | ${match[0]}`);
		if (row) items.push(row);
		else doubts.push(`(không có tên) ${match[0]}`);
		start = match.index + match[0].length;
	}
	return { items, rest: segment.slice(start), doubts };
}

/** Builds one row from its name cell (with the form cell glued to its end) and its counts. */
function readRow(
	cells: string,
	originals: string,
	copies: string | undefined
): DocumentRow | undefined {
	const text = oneLine(cells);
	const form = formCell.exec(text);
	const name = (form ? text.slice(0, form.index) : text).trim();
	if (name === '') return undefined;
	const counts = { originals: Number(originals), copies: Number(copies ?? 0) };
	return form ? { name, form: form[0], ...counts } : { name, ...counts };
}

/** A group with its case label, or without one when the label is empty or the table’s `--`. */
function withCase(label: string, items: DocumentRow[]): DocumentRowGroup {
	const text = oneLine(label);
	return text === '' || /^-+$/.test(text) ? { items } : { case: text, items };
}
